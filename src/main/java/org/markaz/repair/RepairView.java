package org.markaz.repair;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Binds the repair screen. */
public final class RepairView {

    private final RepairViewModel viewModel;
    private final Runnable onClose;

    @FXML private Label found;
    @FXML private Label offer;
    @FXML private ProgressIndicator searching;
    @FXML private Button restore;

    public RepairView(RepairViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        found.textProperty().bind(viewModel.foundProperty());
        offer.textProperty().bind(viewModel.offerProperty());
        searching.visibleProperty().bind(viewModel.searchingProperty());
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        viewModel.search();
    }

    @FXML
    private void restore() {
        viewModel.restore();
    }

    @FXML
    private void close() {
        onClose.run();
    }
}
