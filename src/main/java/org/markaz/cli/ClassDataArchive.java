package org.markaz.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.markaz.core.FileTrees;
import org.markaz.core.ProgramVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed program's class-data archive (AppCDS, ADR 0027): the classes a start loads, kept
 * ready-parsed in {@code markaz.jsa} beside the jars, which the launcher names with
 * {@code -XX:SharedArchiveFile}. Measured on ten years of records, the sign-in window came 2.5-2.7 s
 * after the start without it and 1.5-1.8 s with it. Java 17 ties the archive to the jars' place, so
 * it is made on the PC itself: by the .deb's post-install script, or, the first time the window
 * closes, in a process of its own that outlives the window. A missing or stale archive is simply
 * not used; a new version's jars make the old one stale, and the next close makes it again.
 */
final class ClassDataArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    static final String FILE = "markaz.jsa";
    /** Beside the archive: which version and jar it was made for. */
    private static final String MADE_FOR = "markaz.jsa.made-for";

    private final Path appDirectory;

    private ClassDataArchive(Path appDirectory) {
        this.appDirectory = appDirectory;
    }

    /** This program's archive, when it runs from an installed app image (its launcher sets {@code jpackage.app-path}). */
    static Optional<ClassDataArchive> ofThisInstall() {
        if (System.getProperty("jpackage.app-path") == null) {
            return Optional.empty();
        }
        String first = System.getProperty("java.class.path", "").split(File.pathSeparator)[0];
        Path jar = Path.of(first).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(new ClassDataArchive(jar.getParent())) : Optional.empty();
    }

    /** As the window ends: the archive is made in a process of its own if it is missing or stale and may be written. */
    static void makeInBackgroundIfMissing() {
        ofThisInstall().filter(archive -> !archive.isCurrent() && Files.isWritable(archive.appDirectory)).ifPresent(archive -> {
            try {
                new ProcessBuilder(javaCommand(List.of(appPathProperty()), "class-archive"))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            } catch (IOException e) {
                LOG.warn("The class-data archive could not be started: {}", e.getMessage());
            }
        });
    }

    boolean isCurrent() {
        try {
            return Files.isRegularFile(appDirectory.resolve(FILE))
                    && fingerprint().equals(Files.readString(appDirectory.resolve(MADE_FOR), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes the archive: a JVM that archives the classes it loaded as it exits runs the training
     * ({@link ClassArchiveCommand}, no window needed); the archive is written aside, then put in place.
     */
    boolean make() throws IOException, InterruptedException {
        Path archive = appDirectory.resolve(FILE);
        Path part = appDirectory.resolve(FILE + ".part");
        Files.deleteIfExists(part);
        try {
            if (!train(part, List.of(appPathProperty()))) {
                return false;
            }
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(appDirectory.resolve(MADE_FOR), fingerprint(), StandardCharsets.UTF_8);
            return true;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Runs the training in a JVM of this program (its java, JVM options and class path, then
     * {@code options}) that writes the classes it loaded into {@code archive} as it exits; false if
     * it failed or took over 5 minutes. The benchmark trains one as the installer does.
     */
    static boolean train(Path archive, List<String> options) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("markaz-class-archive");
        try {
            List<String> withArchive = new ArrayList<>(options);
            withArchive.add("-XX:ArchiveClassesAtExit=" + archive);
            Process training = new ProcessBuilder(javaCommand(withArchive, "class-archive", "--train", scratch.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            if (!training.waitFor(5, TimeUnit.MINUTES)) {
                training.destroyForcibly();
                return false;
            }
            return training.exitValue() == 0 && Files.isRegularFile(archive);
        } finally {
            FileTrees.delete(scratch);
        }
    }

    /** As the launcher sets it: the process that makes the archive knows it runs from the app image too. */
    private static String appPathProperty() {
        return "-Djpackage.app-path=" + System.getProperty("jpackage.app-path");
    }

    /** This runtime's java with this program's JVM options and class path, in its order: the archive checks both. */
    private static List<String> javaCommand(List<String> options, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ProgramJvmOptions.ofThisProgram());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.markaz.Launcher");
        command.addAll(List.of(arguments));
        return command;
    }

    private String fingerprint() throws IOException {
        Path jar = appDirectory.resolve("markaz.jar");
        return ProgramVersion.current() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis()
                + " " + appDirectory;
    }
}
