package org.markaz.beds;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.shared.ChildRow;

/**
 * The dialog that adds a waiting-list request, bound to a {@link RequestFormViewModel}: typed from
 * the child's name to the reason with Tab, saved with Enter; a refusal stays in the dialog beside
 * its field, and the dialog closes once the request is saved.
 */
final class RequestDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Localization text;
    private final GridPane grid = new GridPane();
    private int row;

    RequestDialog(RequestFormViewModel form, Localization text, Window owner) {
        this.text = text;
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(text.text("beds.waiting.newRequest"));
        FieldDecorations decorations = new FieldDecorations(text);
        grid.setHgap(8);
        grid.setVgap(6);

        TextField search = new TextField();
        search.setId("requestChildSearch");
        search.setPromptText(text.text("beds.childSearchHint"));
        search.textProperty().bindBidirectional(form.childSearchProperty());
        ComboBox<ChildRow> child = new ComboBox<>();
        child.setId("requestChild");
        child.setMaxWidth(Double.MAX_VALUE);
        Choices.install(child, form.childMatches(), c -> c.fullName() + (c.familyCode().isEmpty() ? "" : " (" + c.familyCode() + ")"));
        child.setItems(form.childMatches());
        child.valueProperty().bindBidirectional(form.childProperty());
        decorations.showErrors(child, form.errors().of("beds.field.child"));
        add("beds.field.child", new VBox(4, search, child));

        ComboBox<BedUnit> unit = new ComboBox<>();
        unit.setId("requestUnit");
        Choices.installKeys(unit, BedUnit.values(), BedUnit::nameKey, text);
        unit.valueProperty().bindBidirectional(form.unitProperty());
        decorations.showErrors(unit, form.errors().of("beds.field.unit"));
        add("beds.field.unit", unit);

        DatePicker from = new DatePicker();
        from.setId("requestWantedFrom");
        DateFields.install(from, text);
        decorations.date(from);
        from.valueProperty().bindBidirectional(form.wantedFromProperty());
        decorations.showErrors(from, form.errors().of("beds.field.wantedFrom"));
        add("beds.field.wantedFrom", from);

        TextField nights = new TextField();
        nights.setId("requestNights");
        nights.setPrefColumnCount(4);
        nights.textProperty().bindBidirectional(form.nightsProperty());
        decorations.showErrors(nights, form.errors().of("beds.field.nights"));
        add("beds.field.nights", nights);

        ComboBox<Integer> priority = new ComboBox<>();
        priority.setId("requestPriority");
        Choices.install(priority, RequestFormViewModel.PRIORITIES, this::priorityText);
        priority.valueProperty().bindBidirectional(form.priorityProperty());
        decorations.showErrors(priority, form.errors().of("beds.field.priority"));
        add("beds.field.priority", priority);

        TextField reason = new TextField();
        reason.setId("requestReason");
        reason.setPrefColumnCount(30);
        reason.textProperty().bindBidirectional(form.reasonProperty());
        decorations.showErrors(reason, form.errors().of("field.reason"));
        add("field.reason", reason);

        SavingDialogs.finish(dialog, grid, row++, form, "requestMessage", "saveRequest", text);
        dialog.setOnShown(event -> search.requestFocus());
    }

    private String priorityText(int priority) {
        switch (priority) {
            case 1:
                return text.text("beds.waiting.priority1");
            case 2:
                return text.text("beds.waiting.priority2");
            default:
                return text.text("beds.waiting.priority3");
        }
    }

    void show() {
        dialog.show();
    }

    private void add(String labelKey, Node field) {
        Label label = new Label(text.text(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.addRow(row++, label, field);
    }
}
