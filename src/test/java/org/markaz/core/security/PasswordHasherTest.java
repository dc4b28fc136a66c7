package org.markaz.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashMatchesOnlyTheSamePassword() {
        String hash = hasher.hash("Ҷамшед-2026".toCharArray());
        assertTrue(hasher.matches("Ҷамшед-2026".toCharArray(), hash));
        assertFalse(hasher.matches("Ҷамшед-2027".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(hasher.hash("markaz-demo".toCharArray()), hasher.hash("markaz-demo".toCharArray()));
    }

    @Test
    void hashKeepsItsIterationCountSoItCanBeRaisedLater() {
        String weak = hasher.hash("markaz-demo".toCharArray());
        assertTrue(weak.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(new PasswordHasher().matches("markaz-demo".toCharArray(), weak));
        assertTrue(new PasswordHasher().hash("x".toCharArray()).startsWith("pbkdf2-sha256$210000$"));
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertFalse(hasher.matches("markaz-demo".toCharArray(), "plain-text"));
    }
}
