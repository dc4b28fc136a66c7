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
 * The hashes of the sample centre's demo passwords (staff.csv), started on a second thread
 * before the new database is even created. A hash at full strength costs the office PC most of a
 * second, and while Flyway builds the schema the second core has nothing else to do; by the time
 * the core's share adds the accounts, the hash is ready. The demo accounts share one password and
 * so one hash (and salt); nothing about real accounts changes: they are hashed one by one, each
 * with its own salt, at the full iteration count.
 */
final class DemoPasswords implements Function<String, String> {

    private final PasswordHasher hasher;
    private final Map<String, CompletableFuture<String>> hashes = new LinkedHashMap<>();

    private DemoPasswords(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** Starts hashing, on {@code thread}, every password that staff.csv gives, with the hasher the new centre's services use. */
    static DemoPasswords startHashing(PasswordHasher hasher, Executor thread) {
        DemoPasswords passwords = new DemoPasswords(hasher);
        for (CSVRecord member : SampleContext.read("staff.csv")) {
            String password = member.get("password");
            if (!password.isBlank() && !passwords.hashes.containsKey(password)) {
                passwords.hashes.put(password, CompletableFuture.supplyAsync(() -> passwords.hashNow(password), thread));
            }
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
