package org.markaz.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.markaz.core.FileTrees;

/**
 * The empty database of this version's schema, made by the build (Maven's process-classes step
 * runs {@link #main}) and carried in the jar. A new centre starts as a copy of it: running the
 * eighteen migrations instead took 1.6-2.3 s of the sample centre's first start (Flyway's own
 * start, parsing and running every script), the copy takes milliseconds. The file's name carries
 * the schema version, so a build whose template is missing or older (run from an IDE without the
 * build step) migrates as before.
 */
public final class SchemaTemplate {

    private static final String FILE = "schema-template-V" + Database.LATEST_SCHEMA_VERSION + ".mv.db";

    private SchemaTemplate() {
    }

    /** The build step: makes the template in the folder given (the build's classes folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve("org").resolve("markaz").resolve("core").resolve("db");
        Files.createDirectories(folder);
        Path template = folder.resolve(FILE);
        Files.deleteIfExists(template);
        Path work = Files.createTempDirectory("markaz-schema-template");
        try {
            DataDirectory empty = new DataDirectory(work);
            Database.open(empty).close();
            Files.copy(empty.databaseFile(), template);
        } finally {
            FileTrees.delete(work);
        }
    }

    /**
     * Writes the template as {@code databaseFile} (which must not exist) and forces it to disk;
     * false, with nothing written, when this build carries no template of its schema version.
     */
    static boolean copyTo(Path databaseFile) {
        try (InputStream template = SchemaTemplate.class.getResourceAsStream(FILE)) {
            if (template == null) {
                return false;
            }
            Files.createDirectories(Objects.requireNonNull(databaseFile.getParent()));
            try (OutputStream out = Files.newOutputStream(databaseFile, StandardOpenOption.CREATE_NEW)) {
                template.transferTo(out);
            }
            try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
