package org.markaz.core.security;

import org.markaz.core.i18n.Localization;

/**
 * The program itself acting, not a person: stored in the audit trail and on closed days by a
 * fixed English name, and shown to each user in their own language.
 */
public enum ProgramActor {
    SAMPLE_DATA("sample data", "actor.sampleData"),
    GENERATOR("generator", "actor.generator"),
    COMMAND_LINE("command line", "actor.commandLine"),
    SETUP("setup", "actor.setup"),
    AUTOMATIC_BACKUP("automatic backup", "actor.automaticBackup"),
    SIGN_IN("sign-in", "actor.signIn"),
    REPAIR("repair", "actor.repair");

    private final String storedName;
    private final String nameKey;

    ProgramActor(String storedName, String nameKey) {
        this.storedName = storedName;
        this.nameKey = nameKey;
    }

    /** The program acting with an administrator's rights (it runs on the centre's own PC). */
    public Actor actor() {
        return Actor.system(storedName);
    }

    /**
     * The command line, naming the operating-system account that ran it ("command line (alice)"):
     * whoever can run it has the PC, and the audit trail says which of the PC's users it was.
     */
    public static Actor commandLine() {
        String osUser = System.getProperty("user.name", "?").strip();
        String name = COMMAND_LINE.storedName + " (" + (osUser.length() > 40 ? osUser.substring(0, 40) : osUser) + ")";
        return Actor.system(name);
    }

    /** Who acted, as stored, in the user's words: a program actor translated (with its detail in brackets), a person as is. */
    public static String shown(String stored, Localization text) {
        for (ProgramActor actor : values()) {
            if (actor.storedName.equals(stored)) {
                return text.text(actor.nameKey);
            }
            if (stored != null && stored.startsWith(actor.storedName + " (")) {
                return text.text(actor.nameKey) + stored.substring(actor.storedName.length());
            }
        }
        return stored;
    }
}
