package org.markaz.today;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Binds the Today screen. */
public final class TodayView {

    private final TodayViewModel viewModel;

    @FXML private Label date;
    @FXML private Label signedIn;
    @FXML private Label backup;
    @FXML private VBox backupCard;
    @FXML private VBox absenceCard;
    @FXML private Label absencesTitle;
    @FXML private javafx.scene.control.ListView<String> absences;

    public TodayView(TodayViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        date.textProperty().bind(viewModel.dateProperty());
        signedIn.textProperty().bind(viewModel.signedInProperty());
        backup.textProperty().bind(viewModel.backupProperty());
        viewModel.backupNeedsAttentionProperty().addListener((obs, old, attention) -> {
            backupCard.getStyleClass().remove("attention");
            if (attention) {
                backupCard.getStyleClass().add("attention");
            }
        });
        absenceCard.setVisible(viewModel.seesAbsences());
        absenceCard.setManaged(viewModel.seesAbsences());
        absencesTitle.textProperty().bind(viewModel.absencesTitleProperty());
        absences.setItems(viewModel.absences()); // loaded each time the screen is shown
    }
}
