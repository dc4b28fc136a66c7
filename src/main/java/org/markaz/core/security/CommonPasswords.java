package org.markaz.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 passwords people choose most (shipped with Markaz, from zxcvbn, MIT licence) and a
 * few that a Russian or Tajik keyboard makes likely; none of them is accepted as a password or a
 * backup passphrase.
 */
public final class CommonPasswords {

    private static final String LIST = "/org/markaz/security/common-passwords.txt";
    private static volatile Set<String> common;

    private CommonPasswords() {
    }

    public static boolean isCommon(char[] password) {
        return list().contains(new String(password).strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> list() {
        Set<String> loaded = common;
        if (loaded == null) {
            loaded = load();
            common = loaded;
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
