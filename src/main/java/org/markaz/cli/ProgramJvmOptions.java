package org.markaz.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The JVM options the installed program runs with (ADR 0024), as the build wrote them into the
 * jar's manifest ({@code Markaz-Jvm-Options}), so that the benchmark measures what the office PC
 * runs. From a class folder (an IDE, the tests) there is no manifest, and none.
 */
final class ProgramJvmOptions {

    static final String MANIFEST_ENTRY = "Markaz-Jvm-Options";

    private ProgramJvmOptions() {
    }

    static List<String> ofThisProgram() {
        try {
            Path location = Path.of(ProgramJvmOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return List.of();
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                String options = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue(MANIFEST_ENTRY);
                return options == null || options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
            }
        } catch (IOException | URISyntaxException | SecurityException e) {
            return List.of();
        }
    }
}
