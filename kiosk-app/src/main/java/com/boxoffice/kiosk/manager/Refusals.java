package com.boxoffice.kiosk.manager;

/**
 * A node's refusal of a manager's change, as the screen shows it: the node's own sentence, which
 * names what to fix, starting with a capital letter.
 */
final class Refusals {

    static final String UNEXPLAINED = "The booking system refused that. Please check the form.";

    private Refusals() {
    }

    static String sentence(String nodeMessage) {
        if (nodeMessage == null || nodeMessage.isBlank()) {
            return UNEXPLAINED;
        }
        String message = nodeMessage.strip();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
