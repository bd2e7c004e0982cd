package com.boxoffice.model;

/**
 * The kind of a seat in a hall; each show prices every kind on its own.
 */
public enum SeatType {
    REGULAR('R'),
    PREMIUM('P'),
    ACCESSIBLE('W');

    private final char layoutSymbol;

    SeatType(char layoutSymbol) {
        this.layoutSymbol = layoutSymbol;
    }

    /** The letter that stands for this kind of seat in a layout plan. */
    public char layoutSymbol() {
        return layoutSymbol;
    }

    public static SeatType fromLayoutSymbol(char symbol) {
        for (SeatType type : values()) {
            if (type.layoutSymbol == Character.toUpperCase(symbol)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown seat symbol '" + symbol + "'");
    }
}
