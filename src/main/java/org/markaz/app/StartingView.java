package org.markaz.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** Binds the starting screen: what is being done and its progress bar, or why it failed and Close. */
public final class StartingView {

    private final StartingViewModel viewModel;

    @FXML private Label message;
    @FXML private ProgressBar progress;
    @FXML private Label failure;
    @FXML private Button close;

    public StartingView(StartingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(viewModel.messageProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        failure.textProperty().bind(viewModel.failureProperty());
        showOnlyWhen(message, viewModel.failedProperty().not());
        showOnlyWhen(progress, viewModel.failedProperty().not());
        showOnlyWhen(failure, viewModel.failedProperty());
        showOnlyWhen(close, viewModel.failedProperty());
        viewModel.failedProperty().addListener((obs, was, failed) -> {
            if (failed) {
                close.requestFocus();
            }
        });
    }

    private static void showOnlyWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
