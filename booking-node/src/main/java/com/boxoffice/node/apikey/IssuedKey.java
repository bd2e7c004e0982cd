package com.boxoffice.node.apikey;

/**
 * A key just created: the only moment its secret exists outside the client's hands.
 */
public record IssuedKey(KeySummary summary, String key) {

    @Override
    public String toString() {
        return "IssuedKey[" + summary + "]";
    }
}
