package org.markaz.core.security;

import java.util.Arrays;
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
    SIGN_IN("sign-in", "actor.signIn");

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

    /** Who acted, as stored, in the user's words: a program actor translated, a person as is. */
    public static String shown(String stored, Localization text) {
        return Arrays.stream(values()).filter(p -> p.storedName.equals(stored)).findFirst()
                .map(p -> text.text(p.nameKey)).orElse(stored);
    }
}
