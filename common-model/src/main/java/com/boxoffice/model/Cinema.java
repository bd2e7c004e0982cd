package com.boxoffice.model;

/**
 * A cinema: where it is, and the time zone in which its shows are announced.
 */
public record Cinema(long id, long cityId, String name, Address address, GeoPoint location,
                     String timeZone) {
}
