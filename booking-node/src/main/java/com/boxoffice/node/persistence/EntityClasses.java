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
        );
    }
}
