package org.markaz.figures;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.markaz.core.i18n.Localization;

/**
 * The window's file chooser, suggesting a name with the period and opening where the user saved
 * last (within one sign-in). The chooser itself asks before replacing a file.
 */
final class FileChooserTargets implements ExportTargets {

    private final Localization text;
    private File lastFolder;

    FileChooserTargets(Localization text) {
        this.text = text;
    }

    @Override
    public Optional<Path> choose(ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.text(format == ExportFormat.PDF ? "figures.savePdfTitle" : "figures.saveCsvTitle"));
        chooser.setInitialFileName(suggestedName);
        String type = format == ExportFormat.PDF ? "PDF" : text.text("figures.spreadsheet") + " (CSV)";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type, "*." + format.extension()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    /** The window the screen is in: the focused one, else any shown one. */
    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }
}
