package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.Sex;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import org.markaz.shared.FamilyRow;
import java.util.stream.Collectors;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;
import org.markaz.core.ui.Cells;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.markaz.core.feature.CardTab;
import org.markaz.core.feature.CardTabSpec;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import org.markaz.admissions.ReferralsView;
import org.markaz.admissions.ServicesView;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.ViewLoader;

/** Binds the children and families screen: the search on the left, the card in tabs on the right. */
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
    @FXML private SegmentedButton searchModes;
    @FXML private ToggleButton childrenMode;
    @FXML private ToggleButton familiesMode;
    @FXML private TableView<FamilyRow> familyResults;
    @FXML private TableColumn<FamilyRow, String> familyCodeColumn;
    @FXML private TableColumn<FamilyRow, String> familyCarersColumn;
    @FXML private TableColumn<FamilyRow, String> familyDistrictColumn;
    @FXML private TableColumn<FamilyRow, String> familyChildrenColumn;
    @FXML private Label familySummary;
    @FXML private Label resultCount;
    @FXML private Label searchMessage;
    @FXML private Node editButtons;

    @FXML private Label cardTitle;
    @FXML private TabPane tabs;
    @FXML private Tab childTab;
    @FXML private Tab servicesTab;
    @FXML private Tab referralsTab;
    @FXML private Tab familyTab;

    @FXML private TextField childName;
    @FXML private ComboBox<Sex> childSex;
    @FXML private DatePicker childBorn;
    @FXML private ComboBox<BirthCertificate> childCertificate;
    @FXML private TextField childDisability;
    @FXML private TextArea childNotes;
    @FXML private Label childArchived;
    @FXML private Node childButtons;
    @FXML private Node archiveButton;
    @FXML private Node deleteButton;
    @FXML private Label childMessage;

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
    @FXML private Node familyFlags;
    @FXML private Node saveFamilyButton;
    @FXML private Label familyMessage;
    @FXML private Node carersBox;
    @FXML private TableView<CarerRow> carers;
    @FXML private TableColumn<CarerRow, String> carerNameColumn;
    @FXML private TableColumn<CarerRow, String> carerPhoneColumn;
    @FXML private TableColumn<CarerRow, Relationship> carerRelationshipColumn;
    @FXML private Node addCarerRow;
    @FXML private TextField newCarerName;
    @FXML private TextField newCarerPhone;
    @FXML private Label carerMessage;
    @FXML private Label familyChildren;

    /** While the list's selection follows the ViewModel's, it is not the user choosing. */
    private boolean followingViewModel;
    private final List<CardTabSpec> otherTabs;
    private final Function<CardTabSpec, CardTab> buildTab;
    private final Map<Tab, CardTab> builtOtherTabs = new HashMap<>();

    /**
     * @param otherTabs the tabs other features add to the card (a family's aid, a child's case),
     *                  already limited to what the user may see; each is built when first opened
     */
    public ChildrenView(ChildrenViewModel viewModel, Localization localization, List<CardTabSpec> otherTabs,
                        Function<CardTabSpec, CardTab> buildTab) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.otherTabs = otherTabs;
        this.buildTab = buildTab;
    }

    @FXML
    private void initialize() {
        Tables.wrapHeaders(results);
        Tables.wrapHeaders(familyResults);
        Tables.wrapHeaders(carers);
        bindSearch();
        bindFamilySearch();
        bindTabs();
        bindChild();
        bindFamily();
        boolean editable = viewModel.mayEdit();
        editButtons.setVisible(editable);
        editButtons.setManaged(editable);
        editButtons.disableProperty().bind(viewModel.busyProperty());
        for (Node editing : new Node[] {childButtons, saveFamilyButton, addCarerRow}) {
            editing.setVisible(editable);
            editing.setManaged(editable);
        }
        if (!editable) {
            for (TextInputControl field : new TextInputControl[] {childName, childDisability, childNotes, familyDistrict,
                    familyJamoat, familyAddress, familyPhone, otherCircumstances}) {
                field.setEditable(false);
            }
            for (Node choice : new Node[] {childSex, childBorn, childCertificate, familySettlement, familyFlags}) {
                choice.setDisable(true);
            }
        }
        viewModel.search();
    }

    private void bindSearch() {
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        includeArchived.selectedProperty().bindBidirectional(viewModel.includeArchivedProperty());
        results.setItems(viewModel.results());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()
                + (c.getValue().archived() ? " " + localization.text("children.archivedMark") : "")));
        bornColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(localization.formatDate(c.getValue().dateOfBirth())
                + " (" + viewModel.age(c.getValue().dateOfBirth()) + ")"));
        familyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().familyCode()));
        districtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().district()));
        Tables.keepValuesWhole(results);
        selectionBothWays(results, viewModel.selectedProperty(), viewModel::choose);
        resultCount.textProperty().bind(viewModel.resultCountProperty());
        searchMessage.textProperty().bind(viewModel.searchMessageProperty());
        // Down from the search box goes into the list, as in any search field
        search.setOnKeyPressed(event -> {
            TableView<?> shown = results.isVisible() ? results : familyResults;
            if (event.getCode() == KeyCode.DOWN && !shown.getItems().isEmpty()) {
                shown.requestFocus();
                shown.getSelectionModel().selectFirst();
            }
        });
    }

    /**
     * Children or families: the two toggles choose what the search lists. Those who may not read
     * children's records (a bookkeeper) search families only and see a family's summary, not its card.
     */
    private void bindFamilySearch() {
        ChildrenViewModel.SearchMode[] modes = ChildrenViewModel.SearchMode.values();
        ToggleButton[] toggles = {childrenMode, familiesMode};
        toggles[viewModel.searchModeProperty().get().ordinal()].setSelected(true);
        searchModes.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.searchModeProperty().set(modes[toggle == childrenMode ? 0 : 1]);
            }
        });
        viewModel.searchModeProperty().addListener((obs, old, mode) -> toggles[mode.ordinal()].setSelected(true));
        results.visibleProperty().bind(viewModel.searchModeProperty().isEqualTo(ChildrenViewModel.SearchMode.CHILDREN));
        familyResults.visibleProperty().bind(results.visibleProperty().not());
        boolean cardsOpen = viewModel.mayViewChildren();
        searchModes.setVisible(cardsOpen);
        searchModes.setManaged(cardsOpen);
        for (Node card : new Node[] {cardTitle, tabs}) {
            card.setVisible(cardsOpen);
            card.setManaged(cardsOpen);
        }
        familySummary.setVisible(!cardsOpen);
        familySummary.setManaged(!cardsOpen);
        familySummary.textProperty().bind(viewModel.familySummaryProperty());
        results.setPlaceholder(new Label(localization.text("children.noneTryFamilies")));
        ((Label) results.getPlaceholder()).setWrapText(true);
        familyResults.setItems(viewModel.familyResults());
        familyResults.setPlaceholder(new Label(localization.text("children.noFamily")));
        ((Label) familyResults.getPlaceholder()).setWrapText(true);
        familyCodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()
                + (c.getValue().archived() ? " " + localization.text("children.archivedMark") : "")));
        familyCarersColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().carers().stream()
                .map(carer -> carer.phone() == null ? carer.fullName() : carer.fullName() + ", " + carer.phone())
                .collect(Collectors.joining("\n"))));
        familyCarersColumn.setCellFactory(Cells.wrapping());
        familyDistrictColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().district()));
        familyDistrictColumn.setCellFactory(Cells.wrapping());
        familyChildrenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.childrenAges(c.getValue())));
        familyChildrenColumn.setCellFactory(Cells.wrapping());
        selectionBothWays(familyResults, viewModel.selectedFamilyProperty(), viewModel::chooseFamily);
    }

    /**
     * A list's selection follows the ViewModel's row (shown and scrolled to), and the user's
     * choice in the list goes to {@code choose}; a selection the ViewModel made is not a choice.
     */
    private <T> void selectionBothWays(TableView<T> list, javafx.beans.property.ObjectProperty<T> selected,
                                       java.util.function.Consumer<T> choose) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!followingViewModel) {
                choose.accept(row);
            }
        });
        selected.addListener((obs, old, row) -> {
            followingViewModel = true;
            try {
                if (row == null) {
                    list.getSelectionModel().clearSelection();
                } else if (row != list.getSelectionModel().getSelectedItem()) {
                    list.getSelectionModel().select(row);
                    list.scrollTo(row);
                }
            } finally {
                followingViewModel = false;
            }
        });
    }

    /** The card's tabs follow the ViewModel both ways; Services and Referrals are built when first opened. */
    private void bindTabs() {
        cardTitle.textProperty().bind(viewModel.cardTitleProperty());
        Map<ChildrenViewModel.CardTab, Tab> byName = Map.of(ChildrenViewModel.CardTab.CHILD, childTab,
                ChildrenViewModel.CardTab.SERVICES, servicesTab, ChildrenViewModel.CardTab.REFERRALS, referralsTab,
                ChildrenViewModel.CardTab.FAMILY, familyTab);
        tabs.getSelectionModel().select(byName.get(viewModel.tabProperty().get()));
        viewModel.tabProperty().addListener((obs, old, tab) -> tabs.getSelectionModel().select(byName.get(tab)));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            byName.forEach((name, shown) -> {
                if (shown == tab) {
                    viewModel.tabProperty().set(name);
                }
            });
            buildWhenOpened(tab);
        });
        for (CardTabSpec spec : otherTabs) {
            Tab tab = new Tab(localization.text(spec.titleKey()));
            tab.setId(spec.id());
            tab.setUserData(spec);
            tab.disableProperty().bind(viewModel.family().id.isNull());
            tabs.getTabs().add(tab);
        }
        viewModel.family().id.addListener((obs, old, id) -> showCardInOtherTabs());
        viewModel.child().id.addListener((obs, old, id) -> showCardInOtherTabs());
        childTab.disableProperty().bind(viewModel.childOpen().not());
        servicesTab.disableProperty().bind(viewModel.child().id.isNull());
        referralsTab.disableProperty().bind(viewModel.child().id.isNull());
        familyTab.disableProperty().bind(viewModel.family().id.isNull().and(viewModel.tabProperty()
                .isNotEqualTo(ChildrenViewModel.CardTab.FAMILY)));
    }

    private void buildWhenOpened(Tab tab) {
        if (tab != null && tab.getUserData() instanceof CardTabSpec spec && !builtOtherTabs.containsKey(tab)) {
            CardTab built = buildTab.apply(spec);
            builtOtherTabs.put(tab, built);
            tab.setContent(built.root());
            built.show(viewModel.family().id.get(), viewModel.child().id.get());
        } else if (tab == servicesTab && servicesTab.getContent() == null) {
            servicesTab.setContent(ViewLoader.load(new ServicesView(viewModel.admissions(), localization), localization));
        } else if (tab == referralsTab && referralsTab.getContent() == null) {
            referralsTab.setContent(ViewLoader.load(new ReferralsView(viewModel.admissions(), localization), localization));
        }
    }

    private void showCardInOtherTabs() {
        builtOtherTabs.values().forEach(tab -> tab.show(viewModel.family().id.get(), viewModel.child().id.get()));
    }

    private void bindChild() {
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
        childMessage.textProperty().bind(child.message);
        var existing = child.id.isNotNull();
        for (Node button : new Node[] {archiveButton, deleteButton}) {
            button.visibleProperty().bind(existing);
            button.managedProperty().bind(existing);
        }
        FieldDecorations marks = new FieldDecorations(localization);
        marks.showErrors(childName, child.errors.of("field.fullName"));
        marks.showErrors(childSex, child.errors.of("field.sex"));
        marks.showErrors(childBorn, child.errors.of("field.dateOfBirth"));
        marks.showErrors(childDisability, child.errors.of("field.disability"));
        marks.showErrors(childNotes, child.errors.of("field.notes"));
        marks.date(childBorn);
    }

    private void bindFamily() {
        ChildrenViewModel.FamilyForm family = viewModel.family();
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
        familyMessage.textProperty().bind(family.message);
        FieldDecorations marks = new FieldDecorations(localization);
        marks.showErrors(familyDistrict, family.errors.of("field.district"));
        marks.showErrors(familyJamoat, family.errors.of("field.jamoat"));
        marks.showErrors(familySettlement, family.errors.of("field.settlement"));
        marks.showErrors(familyAddress, family.errors.of("field.address"));
        marks.showErrors(familyPhone, family.errors.of("field.phone"));
        marks.showErrors(otherCircumstances, family.errors.of("field.otherCircumstances"));

        // carers belong to a saved family
        carersBox.visibleProperty().bind(family.id.isNotNull());
        carersBox.managedProperty().bind(carersBox.visibleProperty());
        carers.setItems(viewModel.carers());
        carers.setPlaceholder(new Label(localization.text("children.noCarers")));
        carerNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        carerPhoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
        carerRelationshipColumn.setCellFactory(column -> new RelationshipCell());
        Tables.keepValuesWhole(carers);
        newCarerName.textProperty().bindBidirectional(viewModel.newCarerNameProperty());
        newCarerPhone.textProperty().bindBidirectional(viewModel.newCarerPhoneProperty());
        carerMessage.textProperty().bind(viewModel.carerMessageProperty());
        marks.showErrors(newCarerName, viewModel.carerErrors().of("field.fullName"));
        marks.showErrors(newCarerPhone, viewModel.carerErrors().of("field.phone"));
        viewModel.familyChildren().addListener((javafx.collections.ListChangeListener<ChildRow>) change ->
                familyChildren.setText(String.join(", ", viewModel.familyChildren().stream().map(ChildRow::fullName).toList())));
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
        if (viewModel.tabProperty().get() == ChildrenViewModel.CardTab.CHILD) {
            childName.requestFocus();
        }
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
