package org.markaz;

import org.markaz.cli.Cli;

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
        System.exit(Cli.run(args));
    }
}
