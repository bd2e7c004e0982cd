package com.boxoffice.model;

/**
 * A city with at least one affiliated cinema.
 */
public record City(long id, String name, String country) {
}
