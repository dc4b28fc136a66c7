package org.markaz.core.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where one centre's files live: the database, backups and logs. Chosen by --data-dir, else
 * MARKAZ_HOME, else the usual per-user place of the operating system.
 */
public record DataDirectory(Path root) {

    public static final String ENVIRONMENT_VARIABLE = "MARKAZ_HOME";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public static DataDirectory resolve(Path commandLineOption) {
        return resolve(commandLineOption, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    static DataDirectory resolve(Path commandLineOption, Map<String, String> environment, String osName, Path home) {
        if (commandLineOption != null) {
            return new DataDirectory(commandLineOption);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataDirectory(Path.of(fromEnvironment));
        }
        if (osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataDirectory(base.resolve("Markaz"));
        }
        if (osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return new DataDirectory(home.resolve("Library").resolve("Application Support").resolve("Markaz"));
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() ? Path.of(xdgDataHome) : home.resolve(".local").resolve("share");
        return new DataDirectory(base.resolve("markaz"));
    }

    public Path databaseFolder() {
        return root.resolve("db");
    }

    /** The H2 base name (H2 adds .mv.db). */
    public Path databaseBaseName() {
        return databaseFolder().resolve("markaz");
    }

    public Path databaseFile() {
        return databaseFolder().resolve("markaz.mv.db");
    }

    public boolean hasDatabase() {
        return java.nio.file.Files.exists(databaseFile());
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve("markaz.lock");
    }
}
