package org.markaz.cli;

import java.nio.file.Path;
import org.markaz.core.db.DataDirectory;
import picocli.CommandLine.Option;

/** The --data-dir option every command takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The centre's data folder (default: MARKAZ_HOME, else the usual place for this system).")
    Path dataDir;

    public DataDirectory resolve() {
        DataDirectory resolved = DataDirectory.resolve(dataDir);
        // Logback reads this when the first logger is made, so the log file lands in the data folder.
        System.setProperty("markaz.logs", resolved.logs().toString());
        return resolved;
    }
}
