package com.boxoffice.kiosk.flow;

import com.boxoffice.kiosk.api.ApiProblem;
import com.boxoffice.kiosk.api.NodeUnreachableException;
import com.boxoffice.model.RefusalReason;

/**
 * What the kiosk says to a customer when something goes wrong: plain sentences, never a code
 * or a stack trace.
 */
public final class PlainWords {

    public static final String UNREACHABLE =
            "The booking system can't be reached; please try again or ask staff.";
    public static final String DECLINED =
            "Your card was declined. Nothing was charged. Please try another card.";
    public static final String INTERRUPTED =
            "The payment did not go through and nothing was charged. Please try again.";
    public static final String HOLD_LAPSED =
            "Sorry, your seats are no longer held and have gone to someone else. "
                    + "Nothing was charged. Please choose your seats again.";
    public static final String TIME_RAN_OUT =
            "Time ran out and your seats were released. Please choose your seats again.";

    public static final String WAIT_EXPIRED =
            "Sorry, no seats came free in time. Please choose another show.";
    public static final String WAIT_CANNOT_BE_SERVED =
            "Sorry, too few seats are left for your group. Please choose another show.";
    public static final String WAIT_CANCELLED = "You are no longer waiting for this show.";

    private PlainWords() {
    }

    /** What the waiting page says while the customer is in line. */
    public static String waitingFor(int seats) {
        return "We'll hold " + (seats == 1 ? "a seat" : seats + " seats") + " for you as soon"
                + " as " + (seats == 1 ? "one is" : "they are") + " given back. Please stay close:"
                + " this screen moves on by itself.";
    }

    /** The sentence for a refused wait, by the node's reason. */
    public static String forWaitRefusal(String error) {
        return switch (error == null ? "" : error) {
            case "SEATS_FREE" -> "Good news: seats are free right now. Go back and choose them.";
            case "SHOW_FULL" -> "Sorry, this show is sold out. Please choose another show.";
            case "SALES_CLOSED" -> "Sorry, this show has started and tickets are no longer sold.";
            default -> "You can't wait for this show right now. Please choose another show.";
        };
    }

    /** The sentence for a failed call. */
    public static String forFailure(Throwable failure) {
        if (failure instanceof NodeUnreachableException) {
            return UNREACHABLE;
        }
        if (failure instanceof ApiProblem problem) {
            return forProblem(problem);
        }
        return "Something went wrong on this kiosk. Please try again or ask staff.";
    }

    /** The sentence for a refused hold. */
    public static String forRefusal(RefusalReason reason) {
        return switch (reason) {
            case SEATS_TAKEN -> "Sorry, someone else just took some of those seats. "
                    + "Here are other seats together, or pick again on the map.";
            case HELD_BY_OTHERS -> "Those seats are being held by other customers right now. "
                    + "They may free up in a few minutes.";
            case SHOW_FULL -> "Sorry, this show is sold out. Please choose another show.";
            case SALES_CLOSED -> "Sorry, this show has started and tickets are no longer sold.";
        };
    }

    private static String forProblem(ApiProblem problem) {
        return switch (problem.status()) {
            case 401, 403 ->
                    "This kiosk is not allowed to sell tickets right now. Please ask staff.";
            case 404 -> "That is no longer available. Please start again.";
            case 429 -> "The booking system is very busy. Please try again in a moment.";
            default -> problem.status() >= 500
                    ? "The booking system had a problem. Please try again or ask staff."
                    : "The booking system could not do that. Please try again or ask staff.";
        };
    }
}
