package com.boxoffice.kiosk.manager;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the managers' screens write days: the British way, whatever the machine's locale.
 */
final class ManagerDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private ManagerDates() {
    }
}
