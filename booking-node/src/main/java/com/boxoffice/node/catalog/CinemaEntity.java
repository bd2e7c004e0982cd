package com.boxoffice.node.catalog;

import com.boxoffice.model.Address;
import com.boxoffice.model.Cinema;
import com.boxoffice.model.GeoPoint;
import com.boxoffice.model.TicketType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A cinema: where it is, the zone its shows are announced in, its currency, the tax contained
 * in its prices and its own discounts per ticket type.
 */
@Entity(name = "Cinema")
@Table(name = "cinemas")
public class CinemaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private CityEntity city;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String street;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    private double latitude;

    private double longitude;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false, columnDefinition = "char(3)")
    private String currency;

    @Column(name = "tax_rate_bp")
    private int taxRateBasisPoints;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ticket_types", joinColumns = @JoinColumn(name = "cinema_id"))
    @MapKeyColumn(name = "code")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "discount_percent")
    private Map<TicketType, Integer> discounts = new HashMap<>();

    @Version
    private int version;

    protected CinemaEntity() {
    }

    public long id() {
        return id;
    }

    public CityEntity city() {
        return city;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String currency() {
        return currency.strip();
    }

    public int taxRateBasisPoints() {
        return taxRateBasisPoints;
    }

    public Address address() {
        return new Address(street, postalCode, city.name(), city.country());
    }

    public GeoPoint location() {
        return new GeoPoint(latitude, longitude);
    }

    /** Every ticket type's discount: the cinema's own, else the type's default. */
    public Map<TicketType, Integer> discountPercent() {
        Map<TicketType, Integer> all = new EnumMap<>(TicketType.class);
        for (TicketType type : TicketType.values()) {
            all.put(type, discounts.getOrDefault(type, type.defaultDiscountPercent()));
        }
        return all;
    }

    public Cinema toCinema() {
        return new Cinema(id, city.id(), name, address(), location(), timeZone);
    }
}
