package com.boxoffice.node.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Managers' passwords as they are stored: the JDK's PBKDF2 with HMAC-SHA-512, a random salt per
 * password and enough iterations that each guess costs a tenth of a second or so. Unlike API
 * keys, passwords are chosen by people and short, so a fast unsalted hash would not do.
 */
final class PasswordHash {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String LABEL = "pbkdf2-sha512";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    /** A hash of nothing anybody knows, checked against when a name is unknown. */
    private static final String DECOY = of("decoy-" + RANDOM.nextLong());

    private PasswordHash() {
    }

    /** The stored form {@code pbkdf2-sha512$iterations$salt$hash} of a new password. */
    static String of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        return LABEL + "$" + ITERATIONS + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(hash);
    }

    /** Whether the password is the one stored; compares in constant time. */
    static boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(LABEL)) {
            throw new IllegalStateException("unknown password hash format " + parts[0]);
        }
        Base64.Decoder decoder = Base64.getDecoder();
        byte[] expected = decoder.decode(parts[3]);
        byte[] actual = derive(password, decoder.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Spends the time of one check against nobody's password, so that an unknown name takes as
     * long to refuse as a wrong password and names cannot be told apart by timing.
     */
    static void spendOneCheck(String password) {
        matches(password, DECOY);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
