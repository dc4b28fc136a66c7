package org.markaz.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.markaz.core.MarkazException;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.security.Role;
import org.markaz.core.staff.NewAccount;
import org.markaz.core.staff.StaffDetails;
import org.markaz.core.staff.StaffService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Add users and reset passwords.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ResetPassword.class})
final class UsersCommand implements Callable<Integer> {

    private final Composition composition;

    UsersCommand(Composition composition) {
        this.composition = composition;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }


    /**
     * The password is never an argument (it would show in the process list): typed twice at the
     * console, or read as one line from standard input when there is no console (scripts).
     */
    static char[] readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s", CommandOutput.text("cli.users.password") + " ");
            char[] second = console.readPassword("%s", CommandOutput.text("cli.users.passwordAgain") + " ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new MarkazException("error.passwordsDiffer");
            }
            return first;
        }
        return firstLineOfInput();
    }

    /** A secret typed once (a backup's passphrase), or read as one line from standard input. */
    static char[] readSecret(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt + " ");
            return typed == null ? new char[0] : typed;
        }
        return firstLineOfInput();
    }

    /** Standard input, read once and kept: several secrets may come from it, a line each. */
    private static BufferedReader input;
    private static java.io.InputStream inputSource;

    private static char[] firstLineOfInput() {
        return nextLineOfInput();
    }

    static synchronized char[] nextLineOfInput() {
        try {
            if (input == null || inputSource != System.in) {
                inputSource = System.in;
                input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = input.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a member of staff who can sign in. The password is asked for (or read from standard input).")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        UsersCommand parent;

        @Mixin
        DataDirOption dataDirOption;

        @Option(names = "--username", required = true, description = "Sign-in name: 3-50 of a-z 0-9 . _ -")
        String username;

        @Option(names = "--full-name", required = true, description = "The person's full name.")
        String fullName;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(names = "--language", defaultValue = "ru", description = "en, ru or tg (default ${DEFAULT-VALUE}).")
        String language;

        @Option(names = "--position", description = "Job title, for example \"Social worker\".")
        String position;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Language chosen;
            try {
                chosen = Language.fromCode(language);
            } catch (IllegalArgumentException e) {
                throw new MarkazException("cli.users.badLanguage", language);
            }
            try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), parent.composition.features())) {
                centre.services().staff().addStaffMember(ProgramActor.commandLine(),
                        new StaffDetails(fullName, position, null, true),
                        new NewAccount(username, role, chosen, readPassword()));
            }
            CommandOutput.out(spec).println(CommandOutput.text("cli.users.added", StaffService.storedUsername(username)));
            return 0;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password for a user (this also unlocks the account).")
    static final class ResetPassword implements Callable<Integer> {

        @ParentCommand
        UsersCommand parent;

        @Mixin
        DataDirOption dataDirOption;

        @Option(names = "--username", required = true, description = "The user's sign-in name.")
        String username;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (OpenCentre centre = OpenCentre.open(dataDirOption.resolve(), spec.commandLine().getErr(), parent.composition.features())) {
                Actor actor = ProgramActor.commandLine();
                centre.services().staff().requireAccount(actor, username); // before asking for a password
                centre.services().staff().resetPassword(actor, username, readPassword());
            }
            CommandOutput.out(spec).println(CommandOutput.text("cli.users.passwordReset", username));
            return 0;
        }
    }
}
