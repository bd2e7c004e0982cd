package com.boxoffice.node.persistence;

import java.util.List;

/**
 * Every Hibernate entity of the node, one line per class; the session factory maps only these.
 */
public final class EntityClasses {

    private EntityClasses() {
    }

    public static List<Class<?>> all() {
        return List.of(
                com.boxoffice.node.catalog.CityEntity.class,
                com.boxoffice.node.catalog.CinemaEntity.class,
                com.boxoffice.node.catalog.HallEntity.class,
                com.boxoffice.node.catalog.MovieEntity.class,
                com.boxoffice.node.catalog.ShowEntity.class,
                com.boxoffice.node.payment.PaymentIntent.class,
                com.boxoffice.node.booking.Booking.class,
                com.boxoffice.node.booking.Ticket.class,
                com.boxoffice.node.apikey.ApiKey.class,
                com.boxoffice.node.admin.Manager.class
        );
    }
}
