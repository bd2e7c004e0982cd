package com.boxoffice.model.api;

import java.util.List;

/**
 * A cinema with its halls, as managers pick a hall for a show; prices are in its currency.
 */
public record CinemaHalls(long id, String name, long cityId, String cityName, String timeZone,
                          String currency, List<HallView> halls) {
}
