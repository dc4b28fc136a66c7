package org.markaz.beds;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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
import org.markaz.shared.ServiceType;

/**
 * The booking dialog, bound to a {@link BookingFormViewModel}. OK saves in the background and the
 * dialog closes once saved; a refusal stays in the dialog, beside its field and under the form.
 */
final class BookingDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final BookingFormViewModel form;
    private final Localization text;
    private final GridPane grid = new GridPane();
    private int row;

    BookingDialog(BookingFormViewModel form, Localization text, Window owner) {
        this.form = form;
        this.text = text;
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(text.text(form.isNew() ? "beds.newBooking" : "beds.editBooking"));
        dialog.setResizable(true);
        FieldDecorations decorations = new FieldDecorations(text);
        grid.setHgap(8);
        grid.setVgap(6);

        ComboBox<Bed> bed = new ComboBox<>();
        bed.setId("bookingBed");
        Choices.install(bed, form.bedChoices(), b -> b.room() + " — " + b.label());
        bed.valueProperty().bindBidirectional(form.bedProperty());
        add("beds.field.bed", bed);

        TextField search = new TextField();
        search.setId("bookingChildSearch");
        search.setPromptText(text.text("beds.childSearchHint"));
        search.textProperty().bindBidirectional(form.childSearchProperty());
        ComboBox<ChildRow> child = new ComboBox<>();
        child.setId("bookingChild");
        child.setMaxWidth(Double.MAX_VALUE);
        Choices.install(child, form.childMatches(), c -> c.fullName() + (c.familyCode().isEmpty() ? "" : " (" + c.familyCode() + ")"));
        child.setItems(form.childMatches());
        child.valueProperty().bindBidirectional(form.childProperty());
        decorations.showErrors(child, form.errors().of("beds.field.child"));
        VBox childBox = new VBox(4, search, child);
        add("beds.field.child", childBox);

        ComboBox<org.markaz.shared.CarerRow> mother = new ComboBox<>();
        mother.setId("bookingMother");
        Choices.install(mother, form.mothers(), org.markaz.shared.CarerRow::fullName);
        mother.setItems(form.mothers());
        mother.valueProperty().bindBidirectional(form.motherProperty());
        decorations.showErrors(mother, form.errors().of("beds.field.mother"));
        Node motherRow = add("beds.field.mother", mother);
        VBox babies = new VBox(4);
        babies.setId("bookingBabies");
        form.babyChoices().addListener((ListChangeListener<ChildRow>) change -> babyBoxes(babies));
        form.moreBabies().addListener((ListChangeListener<ChildRow>) change -> babies.getChildren().forEach(box ->
                ((CheckBox) box).setSelected(form.moreBabies().contains((ChildRow) box.getUserData()))));
        Node babiesRow = add("beds.field.moreBabies", babies);
        for (Node n : new Node[] {motherRow, mother, babiesRow, babies}) {
            n.visibleProperty().bind(form.motherAndBabyProperty());
            n.managedProperty().bind(form.motherAndBabyProperty());
        }

        ComboBox<ServiceType> service = new ComboBox<>();
        service.setId("bookingService");
        Choices.install(service, form.services(), s -> text.text(s.nameKey()));
        service.setItems(form.services());
        service.valueProperty().bindBidirectional(form.serviceProperty());
        decorations.showErrors(service, form.errors().of("beds.field.service"));
        add("beds.field.service", service);

        ComboBox<BookingPurpose> purpose = new ComboBox<>();
        purpose.setId("bookingPurpose");
        Choices.installKeys(purpose, BookingPurpose.values(), BookingPurpose::nameKey, text);
        purpose.valueProperty().bindBidirectional(form.purposeProperty());
        add("beds.field.purpose", purpose);

        DatePicker first = date("bookingFirstNight", form.firstNightProperty(), decorations);
        decorations.showErrors(first, form.errors().of("beds.field.firstNight"));
        add("beds.field.firstNight", first);
        DatePicker last = date("bookingLastNight", form.lastNightProperty(), decorations);
        decorations.showErrors(last, form.errors().of("beds.field.lastNight"));
        add("beds.field.lastNight", last);

        TextField notes = new TextField();
        notes.setId("bookingNotes");
        notes.textProperty().bindBidirectional(form.notesProperty());
        add("field.notes", notes);

        if (form.mayRecordPastStay()) {
            CheckBox begun = new CheckBox(text.text("beds.alreadyCheckedIn"));
            begun.setId("bookingAlreadyIn");
            begun.setWrapText(true);
            begun.selectedProperty().bindBidirectional(form.alreadyCheckedInProperty());
            grid.add(begun, 1, row++);
        }
        if (form.mayExtend()) {
            TextField extension = new TextField();
            extension.setId("bookingExtension");
            extension.textProperty().bindBidirectional(form.extensionReasonProperty());
            add("field.extensionReason", extension);
        }
        SavingDialogs.finish(dialog, grid, row++, form, "bookingMessage", "saveBooking", text);
        dialog.setOnShown(event -> (form.isNew() ? search : last).requestFocus());
    }

    void show() {
        dialog.show();
    }

    private DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value, FieldDecorations decorations) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        DateFields.install(picker, text);
        decorations.date(picker);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private Node add(String labelKey, Node field) {
        Label label = new Label(text.text(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.addRow(row++, label, field);
        return label;
    }

    private void babyBoxes(VBox babies) {
        babies.getChildren().clear();
        for (ChildRow baby : form.babyChoices()) {
            CheckBox box = new CheckBox(baby.fullName());
            box.setUserData(baby);
            box.setSelected(form.moreBabies().contains(baby));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now && !form.moreBabies().contains(baby)) {
                    form.moreBabies().add(baby);
                } else if (!now) {
                    form.moreBabies().remove(baby);
                }
            });
            babies.getChildren().add(box);
        }
    }
}
