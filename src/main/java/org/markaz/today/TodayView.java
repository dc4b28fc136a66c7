package org.markaz.today;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.markaz.core.feature.TodayItem;

/** Binds the Today screen: one card per item, built again when the cards change. */
public final class TodayView {

    /** More lines than this scroll in a list rather than stretch the card. */
    private static final int LINES_SHOWN_WHOLE = 4;

    private final TodayViewModel viewModel;

    @FXML private Label date;
    @FXML private Label signedIn;
    @FXML private VBox cards;

    public TodayView(TodayViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        date.textProperty().bind(viewModel.dateProperty());
        signedIn.textProperty().bind(viewModel.signedInProperty());
        viewModel.cards().addListener((ListChangeListener<TodayItem.Card>) change ->
                cards.getChildren().setAll(viewModel.cards().stream().map(TodayView::card).toList()));
    }

    private static Node card(TodayItem.Card card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setId("today-" + card.id() + "-title");
        VBox box = new VBox(6, title);
        box.getStyleClass().add("card");
        box.setId("today-" + card.id());
        if (card.needsAttention()) {
            box.getStyleClass().add("attention");
        }
        if (card.lines().size() > LINES_SHOWN_WHOLE) {
            ListView<String> lines = new ListView<>();
            lines.getItems().setAll(card.lines());
            lines.setPrefHeight(120);
            lines.setId("today-" + card.id() + "-lines");
            box.getChildren().add(lines);
        } else {
            for (int i = 0; i < card.lines().size(); i++) {
                Label line = new Label(card.lines().get(i));
                line.setWrapText(true);
                line.setId("today-" + card.id() + "-line" + i);
                if (i > 0) {
                    line.getStyleClass().add("hint");
                }
                box.getChildren().add(line);
            }
        }
        return box;
    }
}
