package com.boxoffice.node.demo;

import com.boxoffice.model.SeatLayout;

/**
 * The demo's kinds of hall, written as seat plans: R regular, P premium, W wheelchair space,
 * '.' an aisle, '-' a cross aisle between rows.
 */
enum HallPlan {

    /** 320 seats: two side aisles, a cross aisle, premium rows in the middle, wheelchair spaces. */
    GRAND(1, 1450) {
        @Override
        String plan() {
            StringBuilder plan = new StringBuilder();
            for (int row = 0; row < 16; row++) {
                if (row == 7) {
                    plan.append("-\n");
                }
                char seat = row >= 9 && row <= 12 ? 'P' : 'R';
                String side = String.valueOf(seat).repeat(4);
                String middle = String.valueOf(seat).repeat(12);
                if (row == 15) {
                    side = "WWRR";
                }
                plan.append(SeatLayout.rowName(row)).append(' ')
                        .append(side).append('.').append(middle).append('.')
                        .append(new StringBuilder(side).reverse()).append('\n');
            }
            return plan.toString();
        }
    },

    /** 118 seats: one centre aisle, two premium rows at the back, wheelchair spaces in front. */
    STUDIO(2, 1250) {
        @Override
        String plan() {
            StringBuilder plan = new StringBuilder();
            for (int row = 0; row < 10; row++) {
                String half = row >= 8 ? "PPPPPP" : "RRRRRR";
                if (row == 0) {
                    half = "WRRRR";
                }
                plan.append(SeatLayout.rowName(row)).append(' ')
                        .append(half).append('.').append(new StringBuilder(half).reverse())
                        .append('\n');
            }
            return plan.toString();
        }
    },

    /** 48 premium seats in six rows: the small lounge hall. */
    SALON(3, 1850) {
        @Override
        String plan() {
            StringBuilder plan = new StringBuilder();
            for (int row = 0; row < 6; row++) {
                plan.append(SeatLayout.rowName(row)).append(" PPPP.PPPP\n");
            }
            return plan.toString();
        }
    };

    private final int number;
    private final int baseEuroCents;

    HallPlan(int number, int baseEuroCents) {
        this.number = number;
        this.baseEuroCents = baseEuroCents;
    }

    abstract String plan();

    /** Halls are named "Saal 1", "Screen 2", ... in the cinema's language. */
    String name(String hallWord) {
        return hallWord + " " + number;
    }

    int number() {
        return number;
    }

    /** The regular seat's price before the currency's adjustment. */
    int baseMinor() {
        return baseEuroCents;
    }

    SeatLayout layout() {
        return SeatLayout.parse(plan());
    }
}
