package org.markaz.core.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Questions and messages for the user, so ViewModels can ask without touching JavaFX scenes
 * (and tests can answer for the user). Texts arrive already translated.
 */
public interface DialogService {

    void showError(String message);

    void showInformation(String message);

    /** A short confirmation that goes away by itself ("Saved", "Printed"): nothing to close, no question. */
    void notice(String message);

    boolean confirm(String message);

    /** A question whose "yes" cannot be undone (delete, close the day, restore): "no" is the default, so Enter is safe. */
    boolean confirmDangerous(String message);

    /** Asks for a line of text (e.g. a reason); empty when the user cancels. */
    Optional<String> askText(String message);

    /** Asks for a secret (a passphrase), typed without showing it; empty when the user cancels. */
    Optional<char[]> askSecret(String message);

    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseBackupFile(String title);

    /**
     * Files to open, several at once if {@code several} (packages from the centres), of a type
     * ({@code pattern} such as "*.zip", named {@code fileType}); empty when the user cancels.
     */
    java.util.List<Path> chooseFilesToOpen(String title, String fileType, String pattern, boolean several);

    /** Where to save a PDF, suggesting a file name. */
    Optional<Path> choosePdfToSave(String title, String suggestedName);
}
