package org.markaz;

import org.markaz.app.App;
import org.markaz.app.Features;
import org.markaz.cli.Cli;
import org.markaz.cli.Composition;

/**
 * The program's entry point. It does not extend {@code Application}, so the JavaFX runtime can
 * sit on the class path of a plain {@code java -jar} (and of the jpackage image).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(Cli.run(new Composition(Features.all(), App::launch), args));
    }
}
