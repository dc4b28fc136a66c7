package org.markaz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.markaz.core.MarkazException;
import org.markaz.core.db.DataDirectory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The --data-dir option every command takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The centre's data folder (default: MARKAZ_HOME, else the usual place for this system).")
    Path dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** A data folder that is a file, or cannot be written, is said in one sentence before anything (the log among them) tries to use it. */
    private static void checkFolder(DataDirectory dataDirectory) {
        Path root = dataDirectory.root();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new MarkazException("error.dataDirIsFile", root.toString());
        }
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            throw new MarkazException("error.dataDirNotWritable", root.toString());
        }
    }

    /** This command's --data-dir, else one given before the command name ({@code markaz --data-dir D backup}). */
    public DataDirectory resolve() {
        Path chosen = dataDir;
        for (CommandSpec parent = command.parent(); chosen == null && parent != null; parent = parent.parent()) {
            for (CommandSpec mixin : parent.mixins().values()) {
                if (mixin.userObject() instanceof DataDirOption option && option.dataDir != null) {
                    chosen = option.dataDir;
                }
            }
        }
        DataDirectory resolved = DataDirectory.resolve(chosen);
        checkFolder(resolved);
        // Logback reads this when the first logger is made, so the log file lands in the data folder.
        System.setProperty("markaz.logs", resolved.logs().toString());
        return resolved;
    }
}
