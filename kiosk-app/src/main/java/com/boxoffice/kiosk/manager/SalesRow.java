package com.boxoffice.kiosk.manager;

/**
 * One show's line in the sales table, written as the manager reads it.
 */
public record SalesRow(long showId, String time, String movie, String cinema, String hall,
                       String sold, String revenue) {
}
