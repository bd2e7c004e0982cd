package com.boxoffice.model;

/**
 * A cinema's postal address.
 */
public record Address(String street, String postalCode, String city, String country) {

    /** The address on one line, as a kiosk or a ticket prints it. */
    public String oneLine() {
        return street + ", " + postalCode + " " + city;
    }
}
