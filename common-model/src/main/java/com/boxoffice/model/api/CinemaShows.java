package com.boxoffice.model.api;

import com.boxoffice.model.Address;
import java.util.List;

/**
 * A cinema showing a movie, with its shows on the asked date.
 */
public record CinemaShows(long id, String name, Address address, String timeZone,
                          List<ShowView> shows) {
}
