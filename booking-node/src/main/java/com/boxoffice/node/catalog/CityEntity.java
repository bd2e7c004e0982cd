package com.boxoffice.node.catalog;

import com.boxoffice.model.City;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A city in which the chain has cinemas.
 */
@Entity(name = "City")
@Table(name = "cities")
public class CityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    @Version
    private int version;

    protected CityEntity() {
    }

    public CityEntity(String name, String country) {
        this.name = name;
        this.country = country;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public City toCity() {
        return new City(id, name, country);
    }
}
