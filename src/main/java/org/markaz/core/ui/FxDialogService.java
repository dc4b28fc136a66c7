package org.markaz.core.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.markaz.core.i18n.Localization;

/** {@link DialogService} with JavaFX alerts and choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Localization localization;

    public FxDialogService(Window owner, Localization localization) {
        this.owner = owner;
        this.localization = localization;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, "dialog.error", message).showAndWait();
    }

    @Override
    public void showInformation(String message) {
        alert(Alert.AlertType.INFORMATION, "dialog.information", message).showAndWait();
    }

    @Override
    public void notice(String message) {
        if (owner.getScene() != null) {
            Notices.confirm(owner.getScene().getRoot(), message);
        }
    }

    @Override
    public boolean confirm(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "dialog.confirm", message);
        ButtonType yes = new ButtonType(localization.text("dialog.yes"), ButtonType.YES.getButtonData());
        ButtonType no = new ButtonType(localization.text("dialog.no"), ButtonType.NO.getButtonData());
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmDangerous(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "dialog.confirm", message);
        ButtonType yes = new ButtonType(localization.text("dialog.yes"), ButtonType.YES.getButtonData());
        ButtonType no = new ButtonType(localization.text("dialog.no"), ButtonType.NO.getButtonData());
        alert.getButtonTypes().setAll(yes, no);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String message) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(localization.text("dialog.confirm"));
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        dialog.getDialogPane().setMinWidth(480);
        // its result is the text for the button whose data is OK_DONE, as JavaFX's own OK's is
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(localization), DialogButtons.cancel(localization));
        TextMenus.install(dialog.getDialogPane(), localization);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<char[]> askSecret(String message) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(localization.text("dialog.confirm"));
        javafx.scene.control.PasswordField secret = new javafx.scene.control.PasswordField();
        secret.setId("secret");
        javafx.scene.control.Label label = new javafx.scene.control.Label(message);
        label.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, label, secret);
        dialog.getDialogPane().setContent(content);
        TextMenus.install(dialog.getDialogPane(), localization);
        dialog.getDialogPane().setMinWidth(480);
        ButtonType ok = DialogButtons.ok(localization);
        ButtonType cancel = DialogButtons.cancel(localization);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok ? secret.getText().toCharArray() : null);
        javafx.application.Platform.runLater(secret::requestFocus);
        return dialog.showAndWait().filter(typed -> typed.length > 0);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(localization.text("backup.fileType"), "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title, String fileType, String pattern, boolean several) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(fileType, pattern));
        java.util.List<java.io.File> files = several ? chooser.showOpenMultipleDialog(owner)
                : java.util.Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.util.List::of).orElse(null);
        return files == null ? java.util.List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Path> choosePdfToSave(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private Alert alert(Alert.AlertType type, String titleKey, String message) {
        Alert alert = new Alert(type, message, DialogButtons.ok(localization));
        alert.initOwner(owner);
        alert.setTitle(localization.text(titleKey));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }
}
