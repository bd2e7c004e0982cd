package com.boxoffice.node.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders SearchMovies can sort by. Every order ends with the show's id, which is unique,
 * so that rows that tie on the sort key keep one order and paging neither repeats nor skips.
 */
enum SortingOrder {
    NAME_ASC("name,asc", "m_title_folded asc, m_title asc, s_starts_at asc, s_id asc"),
    NAME_DESC("name,desc", "m_title_folded desc, m_title desc, s_starts_at asc, s_id asc"),
    DATE_ASC("date,asc", "s_starts_at asc, m_title_folded asc, s_id asc"),
    DATE_DESC("date,desc", "s_starts_at desc, m_title_folded asc, s_id asc"),
    DISTANCE_ASC("distance,asc", "distance_km asc, s_starts_at asc, s_id asc"),
    NAME_DATE_ASC("name,date,asc", "m_title_folded asc, m_title asc, s_starts_at asc, s_id asc"),
    NAME_DATE_DESC("name,date,desc",
            "m_title_folded desc, m_title desc, s_starts_at desc, s_id desc"),
    DATE_NAME_ASC("date,name,asc", "s_starts_at asc, m_title_folded asc, m_title asc, s_id asc"),
    DATE_NAME_DESC("date,name,desc",
            "s_starts_at desc, m_title_folded desc, m_title desc, s_id desc");

    static final SortingOrder DEFAULT = DATE_ASC;

    private final String parameter;
    private final String orderBy;

    SortingOrder(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    static Optional<SortingOrder> of(String parameter) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(parameter)).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(o -> o.parameter).collect(Collectors.joining(" "));
    }

    String parameter() {
        return parameter;
    }

    /** The SQL ORDER BY list over the columns of the search's inner query. */
    String orderBy() {
        return orderBy;
    }

    boolean needsPosition() {
        return this == DISTANCE_ASC;
    }
}
