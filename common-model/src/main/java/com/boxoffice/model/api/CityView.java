package com.boxoffice.model.api;

/**
 * A city in the list of cities, with how many cinemas it has.
 */
public record CityView(long id, String name, String country, int cinemaCount) {
}
