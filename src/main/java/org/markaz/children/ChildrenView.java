package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.Sex;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.markaz.admissions.AdmissionsView;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.ViewLoader;

/** Binds the children and families screen. */
public final class ChildrenView {

    private final ChildrenViewModel viewModel;
    private final Localization localization;

    @FXML private TextField search;
    @FXML private CheckBox includeArchived;
    @FXML private TableView<ChildRow> results;
    @FXML private TableColumn<ChildRow, String> nameColumn;
    @FXML private TableColumn<ChildRow, String> bornColumn;
    @FXML private TableColumn<ChildRow, String> familyColumn;
    @FXML private TableColumn<ChildRow, String> districtColumn;
    @FXML private Label resultCount;
    @FXML private Label message;
    @FXML private Node editButtons;

    @FXML private TextField childName;
    @FXML private ComboBox<Sex> childSex;
    @FXML private DatePicker childBorn;
    @FXML private ComboBox<BirthCertificate> childCertificate;
    @FXML private TextField childDisability;
    @FXML private TextArea childNotes;
    @FXML private Label childArchived;
    @FXML private Node childForm;

    @FXML private Label familyCode;
    @FXML private TextField familyDistrict;
    @FXML private TextField familyJamoat;
    @FXML private ComboBox<Settlement> familySettlement;
    @FXML private TextField familyAddress;
    @FXML private TextField familyPhone;
    @FXML private CheckBox singleParent;
    @FXML private CheckBox parentAbroad;
    @FXML private CheckBox disabilityInFamily;
    @FXML private CheckBox noDocuments;
    @FXML private CheckBox homeless;
    @FXML private TextField otherCircumstances;
    @FXML private Node familyForm;
    @FXML private TableView<CarerRow> carers;
    @FXML private TableColumn<CarerRow, String> carerNameColumn;
    @FXML private TableColumn<CarerRow, String> carerPhoneColumn;
    @FXML private TableColumn<CarerRow, Relationship> carerRelationshipColumn;
    @FXML private TextField newCarerName;
    @FXML private TextField newCarerPhone;
    @FXML private Label familyChildren;
    @FXML private javafx.scene.layout.VBox servicesBox;

    public ChildrenView(ChildrenViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        includeArchived.selectedProperty().bindBidirectional(viewModel.includeArchivedProperty());
        results.setItems(viewModel.results());
        results.setPlaceholder(new Label(localization.text("children.none")));
        carers.setPlaceholder(new Label(localization.text("children.noCarers")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()
                + (c.getValue().archived() ? " " + localization.text("children.archivedMark") : "")));
        bornColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().dateOfBirth())
                + "  (" + viewModel.age(c.getValue().dateOfBirth()) + ")"));
        familyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().familyCode()));
        districtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().district()));
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        resultCount.textProperty().bind(viewModel.resultCountProperty());
        message.textProperty().bind(viewModel.messageProperty());
        // Down from the search box goes into the list, as in any search field
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });

        ChildrenViewModel.ChildForm child = viewModel.child();
        childName.textProperty().bindBidirectional(child.fullName);
        Choices.installKeys(childSex, Sex.values(), Sex::nameKey, localization);
        childSex.valueProperty().bindBidirectional(child.sex);
        DateFields.install(childBorn, localization);
        childBorn.valueProperty().bindBidirectional(child.dateOfBirth);
        Choices.installKeys(childCertificate, BirthCertificate.values(), BirthCertificate::nameKey, localization);
        childCertificate.valueProperty().bindBidirectional(child.certificate);
        childDisability.textProperty().bindBidirectional(child.disability);
        childNotes.textProperty().bindBidirectional(child.notes);
        childArchived.textProperty().bind(child.archived.map(reason -> reason.isEmpty() ? ""
                : localization.text("children.archivedBecause", reason)));

        ChildrenViewModel.FamilyForm family = viewModel.family();
        familyCode.textProperty().bind(family.code.map(code -> code.isEmpty() ? localization.text("children.newFamily") : code));
        familyDistrict.textProperty().bindBidirectional(family.district);
        familyJamoat.textProperty().bindBidirectional(family.jamoat);
        Choices.installKeys(familySettlement, Settlement.values(), Settlement::nameKey, localization);
        familySettlement.valueProperty().bindBidirectional(family.settlement);
        familyAddress.textProperty().bindBidirectional(family.address);
        familyPhone.textProperty().bindBidirectional(family.phone);
        singleParent.selectedProperty().bindBidirectional(family.singleParent);
        parentAbroad.selectedProperty().bindBidirectional(family.parentAbroad);
        disabilityInFamily.selectedProperty().bindBidirectional(family.disabilityInFamily);
        noDocuments.selectedProperty().bindBidirectional(family.noDocuments);
        homeless.selectedProperty().bindBidirectional(family.homeless);
        otherCircumstances.textProperty().bindBidirectional(family.otherCircumstances);

        carers.setItems(viewModel.carers());
        carerNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        carerPhoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
        carerRelationshipColumn.setCellFactory(column -> new RelationshipCell());
        newCarerName.textProperty().bindBidirectional(viewModel.newCarerNameProperty());
        newCarerPhone.textProperty().bindBidirectional(viewModel.newCarerPhoneProperty());
        viewModel.familyChildren().addListener((javafx.collections.ListChangeListener<ChildRow>) change ->
                familyChildren.setText(String.join(", ", viewModel.familyChildren().stream().map(ChildRow::fullName).toList())));

        // the services card is built when the first child is shown: the screen opens faster without it
        viewModel.admissions().childIdProperty().addListener((obs, old, shownChild) -> {
            if (shownChild != null && servicesBox.getChildren().isEmpty()) {
                servicesBox.getChildren().setAll(ViewLoader.load(new AdmissionsView(viewModel.admissions(), localization),
                        localization));
            }
        });
        boolean editable = viewModel.mayEdit();
        childForm.setDisable(!editable);
        familyForm.setDisable(!editable);
        editButtons.setVisible(editable);
        editButtons.setManaged(editable);
        editButtons.disableProperty().bind(viewModel.busyProperty());
        viewModel.search();
    }

    /** Where the keys start: the search box. */
    public Node keysStart() {
        return search;
    }

    /** A choice of carer-to-child relationship in each carer's row; changing it saves at once. */
    private final class RelationshipCell extends TableCell<CarerRow, Relationship> {
        private final ComboBox<Relationship> choice = new ComboBox<>();
        private boolean filling;

        RelationshipCell() {
            Choices.installKeys(choice, Relationship.values(), Relationship::nameKey, localization);
            choice.getItems().add(0, null);
            choice.valueProperty().addListener((obs, old, chosen) -> {
                if (!filling && getTableRow() != null && getTableRow().getItem() != null) {
                    viewModel.setRelationship(getTableRow().getItem(), chosen);
                }
            });
            choice.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(Relationship item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            filling = true;
            choice.setValue(viewModel.relationshipToChild(getTableRow().getItem()));
            filling = false;
            choice.setDisable(!viewModel.mayEdit());
            setGraphic(choice);
        }
    }

    @FXML
    private void newFamily() {
        viewModel.newFamily();
        familyDistrict.requestFocus();
    }

    @FXML
    private void newChild() {
        viewModel.newChildInFamily();
        childName.requestFocus();
    }

    @FXML
    private void saveChild() {
        viewModel.saveChild();
    }

    @FXML
    private void archiveChild() {
        viewModel.archiveChild();
    }

    @FXML
    private void deleteChild() {
        viewModel.deleteChild();
    }

    @FXML
    private void saveFamily() {
        viewModel.saveFamily();
    }

    @FXML
    private void addCarer() {
        viewModel.addCarer();
    }
}
