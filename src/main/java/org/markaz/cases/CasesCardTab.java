package org.markaz.cases;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.markaz.core.feature.CardTab;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.shared.ChildRow;

/** The cases tab on the children screen's card: the family's cases and a form to open one. */
public final class CasesCardTab implements CardTab {

    private final CasesTabViewModel viewModel;
    private final VBox root = new VBox(8);
    /** What is disabled while no family is shown: not the tab's own content, whose disable the tab sets itself. */
    private final VBox content = new VBox(8);

    public CasesCardTab(CasesTabViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        root.setPadding(new Insets(8));
        root.getChildren().add(content);
        ListView<CaseRow> list = new ListView<>(viewModel.cases());
        list.setId("familyCases");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(text.text("cases.noneForFamily")));
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : viewModel.rowText(row));
            }
        });
        Label message = new Label();
        message.setId("casesTabMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        content.getChildren().addAll(new Label(text.text("cases.ofFamily")), list, message);
        if (viewModel.mayOpen()) {
            content.getChildren().add(openForm(text));
        }
        content.disableProperty().bind(viewModel.familyShownProperty().not());
    }

    private Node openForm(Localization text) {
        FieldDecorations decorations = new FieldDecorations(text);
        Label title = new Label(text.text("cases.openTitle"));
        title.getStyleClass().add("section-title");
        FlowPane childBoxes = new FlowPane(12, 6);
        childBoxes.setId("caseChildren");
        viewModel.familyChildren().addListener((ListChangeListener<ChildRow>) change -> {
            childBoxes.getChildren().clear();
            for (ChildRow child : viewModel.familyChildren()) {
                CheckBox box = new CheckBox(child.fullName());
                box.setSelected(viewModel.concerned().contains(child));
                box.selectedProperty().addListener((obs, was, on) -> {
                    if (on) {
                        viewModel.concerned().add(child);
                    } else {
                        viewModel.concerned().remove(child);
                    }
                });
                childBoxes.getChildren().add(box);
            }
        });
        ComboBox<CaseType> type = new ComboBox<>();
        type.setId("caseType");
        Choices.installKeys(type, CaseType.values(), CaseType::nameKey, text);
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        ComboBox<KeyWorker> worker = new ComboBox<>();
        worker.setId("caseKeyWorker");
        Choices.install(worker, viewModel.workers(), w -> w == null ? text.text("cases.unassigned") : w.name());
        worker.setItems(viewModel.workers());
        worker.valueProperty().bindBidirectional(viewModel.keyWorkerProperty());
        ComboBox<ReferralChoice> referral = new ComboBox<>();
        referral.setId("caseReferral");
        referral.setPrefWidth(260);
        Choices.install(referral, viewModel.referrals(), viewModel::referralText);
        referral.setItems(viewModel.referrals());
        referral.valueProperty().bindBidirectional(viewModel.referralProperty());
        referral.setPromptText(text.text("cases.noReferral"));
        Button direct = new Button(text.text("cases.openDirectly"));
        direct.setId("caseWithoutReferral");
        direct.setMinWidth(Button.USE_PREF_SIZE);
        direct.setOnAction(event -> viewModel.referralProperty().set(null));
        DatePicker opened = new DatePicker();
        opened.setId("caseOpenedOn");
        opened.setPrefWidth(130);
        DateFields.install(opened, text);
        opened.valueProperty().bindBidirectional(viewModel.openedOnProperty());
        decorations.showErrors(opened, viewModel.errors().of("cases.openedOn"));
        Button open = new Button(text.text("cases.openCase"));
        open.setId("openNewCase");
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.setOnAction(event -> viewModel.openCase());
        Label childrenLabel = new Label(text.text("cases.children"));
        Label errorOfChildren = new Label();
        errorOfChildren.getStyleClass().add("error-text");
        errorOfChildren.textProperty().bind(viewModel.errors().of("cases.children"));
        HBox line = new HBox(8, label(text, "cases.type"), type, label(text, "cases.keyWorker"), worker,
                label(text, "cases.openedOn"), opened, open);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox from = new HBox(8, label(text, "cases.referral"), referral, direct);
        from.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, childrenLabel, childBoxes, errorOfChildren, from, line);
    }

    private static Label label(Localization text, String key) {
        Label label = new Label(text.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Long familyId, Long childId) {
        viewModel.show(familyId, childId);
    }
}
