package org.markaz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import org.markaz.core.ProgressListener;
import org.markaz.core.db.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes the installed program's class-data archive ({@link ClassDataArchive}); hidden, as only the
 * .deb's post-install script and the window's end run it. Outside an installed app image it does
 * nothing. With {@code --train} it is the run whose classes are archived.
 */
@Command(name = "class-archive", hidden = true)
final class ClassArchiveCommand implements Callable<Integer> {

    private final Composition composition;

    @Option(names = "--train", hidden = true)
    Path trainIn;

    ClassArchiveCommand(Composition composition) {
        this.composition = composition;
    }

    @Override
    public Integer call() throws Exception {
        if (trainIn != null) {
            train();
            return 0;
        }
        var archive = ClassDataArchive.ofThisInstall();
        if (archive.isEmpty() || archive.get().isCurrent()) {
            return 0;
        }
        return archive.get().make() ? 0 : 1;
    }

    /**
     * What a start loads, without a window: the database, the services and the sample centre made
     * in a scratch folder, then every class of the program loaded (not run), which brings the
     * JavaFX classes the screens extend along.
     */
    private void train() throws IOException, java.net.URISyntaxException {
        OpenCentre.createSampleCentre(new DataDirectory(trainIn), composition.features(), ProgressListener.NONE);
        Path jar = Path.of(ClassArchiveCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            return; // run from a class folder (the tests): no jar to read the classes from
        }
        ClassLoader loader = ClassArchiveCommand.class.getClassLoader();
        try (JarFile classes = new JarFile(jar.toFile())) {
            for (var entry : Collections.list(classes.entries())) {
                String name = entry.getName();
                if (name.startsWith("org/markaz/") && name.endsWith(".class")) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a class that cannot be loaded this way is simply not archived
                    }
                }
            }
        }
    }
}
