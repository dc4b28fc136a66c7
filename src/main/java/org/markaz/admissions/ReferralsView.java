package org.markaz.admissions;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.Cells;
import org.markaz.core.ui.Tables;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;

/** Binds the Referrals tab of a child's card: the referrals, recording one, and deciding the one selected. */
public final class ReferralsView {

    private final AdmissionsViewModel viewModel;
    private final Localization localization;

    @FXML private TableView<ReferralRow> referrals;
    @FXML private TableColumn<ReferralRow, String> referredColumn;
    @FXML private TableColumn<ReferralRow, String> sourceColumn;
    @FXML private TableColumn<ReferralRow, String> reasonColumn;
    @FXML private TableColumn<ReferralRow, String> decisionColumn;
    @FXML private Node editing;
    @FXML private DatePicker referredOn;
    @FXML private ComboBox<ReferralSource> source;
    @FXML private TextField reason;
    @FXML private TextField cruReference;
    @FXML private Label referralMessage;
    @FXML private Label chooseReferral;
    @FXML private Node decisionForm;
    @FXML private ComboBox<ReferralDecision> decision;
    @FXML private DatePicker decidedOn;
    @FXML private Label decisionMessage;

    public ReferralsView(AdmissionsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(referrals);
        referrals.setItems(viewModel.referrals());
        referrals.setPlaceholder(new Label(localization.text("admissions.noReferrals")));
        referredColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().referredOn())));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.text(c.getValue().source().nameKey())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        decisionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.text(c.getValue().decision().nameKey())
                + (c.getValue().decidedOn() == null ? "" : " " + localization.formatDate(c.getValue().decidedOn()))));
        // in half the window the source ("Шуъбаи ҳифзи ҳуқуқи кӯдак (ШҲК)"), the reason and the decision
        // share what the date leaves, each over two lines if need be, rather than push the decision out of sight
        sourceColumn.setCellFactory(Cells.wrapping());
        reasonColumn.setCellFactory(Cells.wrapping());
        decisionColumn.setCellFactory(Cells.wrapping());
        Tables.keepValuesWhole(referrals, sourceColumn, reasonColumn, decisionColumn);
        referrals.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedReferralProperty().set(row));
        viewModel.referrals().addListener((javafx.collections.ListChangeListener<ReferralRow>) change ->
                referrals.getSelectionModel().clearSelection());

        DateFields.install(referredOn, localization);
        DateFields.install(decidedOn, localization);
        referredOn.valueProperty().bindBidirectional(viewModel.referredOnProperty());
        Choices.installKeys(source, ReferralSource.values(), ReferralSource::nameKey, localization);
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        cruReference.textProperty().bindBidirectional(viewModel.cruReferenceProperty());
        referralMessage.textProperty().bind(viewModel.referring().messageProperty());

        var noReferral = viewModel.selectedReferralProperty().isNull();
        chooseReferral.visibleProperty().bind(noReferral);
        chooseReferral.managedProperty().bind(noReferral);
        decisionForm.disableProperty().bind(noReferral);
        Choices.installKeys(decision, ReferralDecision.values(), ReferralDecision::nameKey, localization);
        decision.valueProperty().bindBidirectional(viewModel.decisionProperty());
        decidedOn.valueProperty().bindBidirectional(viewModel.decidedOnProperty());
        decisionMessage.textProperty().bind(viewModel.deciding().messageProperty());

        FieldDecorations marks = new FieldDecorations(localization);
        marks.showErrors(referredOn, viewModel.referring().errors().of("field.referredOn"));
        marks.showErrors(source, viewModel.referring().errors().of("field.source"));
        marks.showErrors(reason, viewModel.referring().errors().of("field.reason"));
        marks.showErrors(cruReference, viewModel.referring().errors().of("field.cruReference"));
        marks.date(referredOn);
        marks.showErrors(decision, viewModel.deciding().errors().of("field.decision"));
        marks.showErrors(decidedOn, viewModel.deciding().errors().of("field.decidedOn"));
        marks.date(decidedOn);

        boolean editable = viewModel.mayEdit();
        editing.setVisible(editable);
        editing.setManaged(editable);
    }

    @FXML
    private void recordReferral() {
        viewModel.recordReferral();
    }

    @FXML
    private void decideReferral() {
        viewModel.decideReferral();
    }
}
