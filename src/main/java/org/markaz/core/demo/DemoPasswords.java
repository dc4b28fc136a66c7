package org.markaz.core.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.security.PasswordHasher;
import org.markaz.core.security.Role;
import org.markaz.core.staff.AccountService;

/**
 * The hashes of the sample centre's demo passwords (staff.csv). A hash at full strength costs the
 * office PC most of a second, and the sample centre has a bar of 3 s, so staff.csv carries each
 * demo password's hash, made once at full strength: the password is published (README, sign-in
 * screen), so a published salt gives nothing away. A password without one, or a hasher of another
 * strength (the tests'), is hashed on a second thread started before the new database is even
 * created. The demo accounts share one password and so one hash (and salt); nothing about real
 * accounts changes: they are hashed one by one, each with its own salt, at the full iteration count.
 */
final class DemoPasswords implements Function<String, String> {

    private final PasswordHasher hasher;
    private final Map<String, CompletableFuture<String>> hashes = new LinkedHashMap<>();

    private DemoPasswords(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * Takes the hash staff.csv gives for each demo password where it was made at the strength of
     * the hasher the new centre's services use, and starts hashing the others on {@code thread}.
     */
    static DemoPasswords startHashing(PasswordHasher hasher, Executor thread) {
        DemoPasswords passwords = new DemoPasswords(hasher);
        for (CSVRecord member : SampleContext.read("staff.csv")) {
            String password = member.get("password");
            String published = member.get("password_hash");
            if (password.isBlank() || passwords.hashes.containsKey(password)) {
                continue;
            }
            passwords.hashes.put(password, hasher.madeAtThisStrength(published)
                    ? CompletableFuture.completedFuture(published)
                    : CompletableFuture.supplyAsync(() -> passwords.hashNow(password), thread));
        }
        return passwords;
    }

    /** The hash of a demo password, waiting for it if it is still being computed. */
    @Override
    public String apply(String password) {
        CompletableFuture<String> hash = hashes.get(password);
        if (hash == null) {
            return hashNow(password);
        }
        try {
            return hash.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Checked like any new password (as StaffService.hashDemoPassword does), then hashed. */
    private String hashNow(String password) {
        return hasher.hash(AccountService.checkNewPassword(password.toCharArray(), Role.ADMINISTRATOR));
    }
}
