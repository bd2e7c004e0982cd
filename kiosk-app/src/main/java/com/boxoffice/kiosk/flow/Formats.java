package com.boxoffice.kiosk.flow;

import com.boxoffice.model.Money;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the kiosk writes money, dates and times. A show's time is shown in its cinema's zone,
 * which is the offset the node sends it with.
 */
public final class Formats {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter LONG_DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALE);

    private Formats() {
    }

    public static String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LOCALE);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amountMinor() / 100.0);
    }

    public static String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at);
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String longDay(OffsetDateTime at) {
        return at == null ? "" : LONG_DAY.format(at);
    }

    public static String minutes(int durationMinutes) {
        int hours = durationMinutes / 60;
        int minutes = durationMinutes % 60;
        return hours == 0 ? minutes + " min" : "%d h %02d min".formatted(hours, minutes);
    }

    /** The time a hold has left, as "4:59". */
    public static String countdown(long seconds) {
        long left = Math.max(0, seconds);
        return "%d:%02d".formatted(left / 60, left % 60);
    }

    /** A word for the display of an enum constant: PREMIUM becomes "Premium". */
    public static String word(Enum<?> constant) {
        String name = constant.name().toLowerCase(LOCALE).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
