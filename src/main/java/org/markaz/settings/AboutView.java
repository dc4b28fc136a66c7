package org.markaz.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Binds Settings > About; "Copy for support" puts the details on the clipboard. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML private Label details;
    @FXML private Button copy;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        details.textProperty().bind(viewModel.detailsProperty());
        copy.disableProperty().bind(viewModel.detailsProperty().isEmpty());
        viewModel.load();
    }

    @FXML
    private void copyForSupport() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.detailsProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.copied();
    }
}
