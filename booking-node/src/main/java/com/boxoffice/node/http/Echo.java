package com.boxoffice.node.http;

/**
 * What an error answer may repeat of the caller's own input: enough to recognise it, never so
 * much that a long value comes back whole.
 */
public final class Echo {

    /** Longer than any parameter name, field or seat label the API has. */
    public static final int LONGEST = 40;

    private Echo() {
    }

    /** The text as given, or its first {@link #LONGEST} characters and "...". */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "...";
    }
}
