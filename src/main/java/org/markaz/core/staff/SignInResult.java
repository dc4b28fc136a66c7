package org.markaz.core.staff;

import org.markaz.core.security.Actor;
import java.time.Instant;

/** How a sign-in attempt ended. Unknown users and wrong passwords look the same on purpose. */
public sealed interface SignInResult {

    record SignedIn(Actor actor) implements SignInResult {
    }

    record WrongPassword(int attemptsLeft) implements SignInResult {
    }

    record Locked(Instant until) implements SignInResult {
    }

    record Inactive() implements SignInResult {
    }
}
