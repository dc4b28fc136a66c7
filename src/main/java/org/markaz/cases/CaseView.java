package org.markaz.cases;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.ui.Choices;
import org.markaz.core.ui.DateFields;
import org.markaz.core.ui.FieldDecorations;
import org.markaz.core.ui.Tables;

/**
 * Binds one case's record: the case and its closing, the assessment, the care plan and the notes.
 * Approved and replaced plan versions are shown read-only; only a director sees "Approve".
 */
public final class CaseView {

    private final CaseViewModel viewModel;
    private final Localization localization;
    private final Runnable onBack;

    @FXML private VBox root;
    @FXML private Button back;
    @FXML private Label title;
    @FXML private Label message;
    @FXML private Label summary;
    @FXML private VBox closeBox;
    @FXML private DatePicker closedOn;
    @FXML private FlowPane outcomeBoxes;
    @FXML private TextField closingNote;
    @FXML private DatePicker assessedOn;
    @FXML private TextArea growDevelop;
    @FXML private TextArea careNeeds;
    @FXML private TextArea widerWorld;
    @FXML private TextArea childViews;
    @FXML private TextArea parentViews;
    @FXML private GridPane scores;
    @FXML private Button saveAssessment;
    @FXML private ComboBox<PlanSummary> version;
    @FXML private Label planState;
    @FXML private ComboBox<Language> printLanguage;
    @FXML private TableView<PlanAction> actions;
    @FXML private GridPane actionForm;
    @FXML private ComboBox<Indicator> indicator;
    @FXML private TextField need;
    @FXML private TextField outcomeWanted;
    @FXML private TextField whatWeDo;
    @FXML private TextField howWeKnow;
    @FXML private DatePicker byWhen;
    @FXML private TextField who;
    @FXML private GridPane draftForm;
    @FXML private TextArea reasons;
    @FXML private TextArea contingency;
    @FXML private DatePicker parentsAgreedOn;
    @FXML private Button saveDraft;
    @FXML private Button approve;
    @FXML private VBox reviewBox;
    @FXML private DatePicker reviewHeldOn;
    @FXML private TextField attendees;
    @FXML private ComboBox<Progress> actionProgress;
    @FXML private TextField decisions;
    @FXML private VBox directorBox;
    @FXML private ComboBox<KeyWorker> coverWorker;
    @FXML private HBox extendBox;
    @FXML private DatePicker extendedTo;
    @FXML private TextField extensionReason;
    @FXML private TableView<ChronologyItem> chronology;
    @FXML private HBox eventForm;
    @FXML private DatePicker eventOn;
    @FXML private TextField eventText;
    @FXML private ComboBox<KeyWorker> noteWorker;
    @FXML private TextField noteSearch;
    @FXML private TableView<CaseNote> notes;
    @FXML private HBox noteForm;
    @FXML private ComboBox<NoteKind> noteKind;
    @FXML private DatePicker notedOn;
    @FXML private TextField minutes;
    @FXML private TextField noteText;

    public CaseView(CaseViewModel viewModel, Localization localization, Runnable onBack) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.onBack = onBack;
    }

    @FXML
    private void initialize() {
        FieldDecorations decorations = new FieldDecorations(localization);
        title.textProperty().bind(viewModel.detailsProperty().map(d -> d.row().familyCode() + " · " + d.row().children()));
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        summary.textProperty().bind(viewModel.summaryProperty());
        root.disableProperty().bind(viewModel.busyProperty());

        // the case and its closing
        DateFields.install(closedOn, localization);
        closedOn.valueProperty().bindBidirectional(viewModel.closedOnProperty());
        closingNote.textProperty().bindBidirectional(viewModel.closingNoteProperty());
        for (CaseOutcome outcome : CaseOutcome.values()) {
            CheckBox box = new CheckBox(localization.text(outcome.nameKey()));
            box.setId("outcome-" + outcome.name());
            box.selectedProperty().addListener((obs, was, on) -> {
                if (on && !viewModel.outcomes().contains(outcome)) {
                    viewModel.outcomes().add(outcome);
                } else if (!on) {
                    viewModel.outcomes().remove(outcome);
                }
            });
            viewModel.outcomes().addListener((javafx.collections.ListChangeListener<CaseOutcome>) change ->
                    box.setSelected(viewModel.outcomes().contains(outcome)));
            outcomeBoxes.getChildren().add(box);
        }
        boolean openCase = viewModel.mayEdit();
        closeBox.visibleProperty().bind(viewModel.detailsProperty().map(d -> openCase && d.row().isOpen()));
        closeBox.managedProperty().bind(closeBox.visibleProperty());
        decorations.showErrors(closedOn, viewModel.errors().of("cases.closedOn"));

        // a director's part: cover and extension
        directorBox.visibleProperty().bind(viewModel.detailsProperty().map(d -> viewModel.mayManage() && d.row().isOpen()));
        directorBox.managedProperty().bind(directorBox.visibleProperty());
        Choices.install(coverWorker, viewModel.keyWorkers(), KeyWorker::name);
        coverWorker.setItems(viewModel.keyWorkers());
        coverWorker.valueProperty().bindBidirectional(viewModel.coverWorkerProperty());
        coverWorker.setPromptText(localization.text("cases.noCover"));
        decorations.showErrors(coverWorker, viewModel.errors().of("cases.cover"));
        extendBox.visibleProperty().bind(viewModel.detailsProperty().map(d -> viewModel.extendable()));
        extendBox.managedProperty().bind(extendBox.visibleProperty());
        DateFields.install(extendedTo, localization);
        extendedTo.valueProperty().bindBidirectional(viewModel.extendedToProperty());
        extensionReason.textProperty().bindBidirectional(viewModel.extensionReasonProperty());
        decorations.showErrors(extendedTo, viewModel.errors().of("cases.programmeEndsOn"));
        decorations.showErrors(extensionReason, viewModel.errors().of("cases.extensionReason"));

        // the chronology
        chronology.setItems(viewModel.chronology());
        chronology.setPlaceholder(new Label(localization.text("chronology.none")));
        chronology.getColumns().add(column3("chronology.on", 90, i -> i.on() == null ? "" : localization.formatDate(i.on())));
        chronology.getColumns().add(column3("chronology.what", 150, i -> localization.text(i.kind().nameKey())));
        TableColumn<ChronologyItem, String> detailColumn = column3("chronology.detail", 460, i -> i.detail() == null ? "" : i.detail());
        chronology.getColumns().add(detailColumn);
        chronology.getColumns().add(column3("chronology.who", 160, i -> i.who() == null ? "" : ProgramActor.shown(i.who(), localization)));
        Tables.wrapHeaders(chronology);
        Tables.keepValuesWhole(chronology, detailColumn);
        DateFields.install(eventOn, localization);
        eventOn.valueProperty().bindBidirectional(viewModel.eventOnProperty());
        eventText.textProperty().bindBidirectional(viewModel.eventTextProperty());
        eventText.setOnAction(event -> viewModel.addEvent());
        eventForm.visibleProperty().bind(viewModel.detailsProperty().map(d -> viewModel.mayEdit() && d.row().isOpen()));
        eventForm.managedProperty().bind(eventForm.visibleProperty());
        decorations.showErrors(eventOn, viewModel.errors().of("chronology.happenedOn"));
        decorations.showErrors(eventText, viewModel.errors().of("chronology.event"));
        viewModel.setPrinter(file -> PdfPrinting.print(file, root, viewModel.messageProperty()::set, localization));

        // the assessment
        DateFields.install(assessedOn, localization);
        assessedOn.valueProperty().bindBidirectional(viewModel.assessedOnProperty());
        growDevelop.textProperty().bindBidirectional(viewModel.growDevelopProperty());
        careNeeds.textProperty().bindBidirectional(viewModel.careNeedsProperty());
        widerWorld.textProperty().bindBidirectional(viewModel.widerWorldProperty());
        childViews.textProperty().bindBidirectional(viewModel.childViewsProperty());
        parentViews.textProperty().bindBidirectional(viewModel.parentViewsProperty());
        scoreRows();
        saveAssessment.setVisible(viewModel.mayEdit());
        decorations.showErrors(assessedOn, viewModel.errors().of("assessment.assessedOn"));

        // the care plan
        Choices.install(version, viewModel.versions(), v -> localization.text("plan.versionItem", v.version(),
                localization.text(v.status().nameKey())));
        version.setItems(viewModel.versions());
        version.valueProperty().bindBidirectional(viewModel.versionProperty());
        planState.textProperty().bind(viewModel.planStateProperty());
        Choices.installKeys(printLanguage, Language.values(), Language::nameKey, localization);
        printLanguage.valueProperty().bindBidirectional(viewModel.printLanguageProperty());
        actions.setItems(viewModel.actions());
        actions.setPlaceholder(new Label(localization.text("plan.noActions")));
        actions.getColumns().add(column("plan.indicator", 100, a -> localization.text(a.indicator() == null ? "plan.none"
                : a.indicator().nameKey())));
        TableColumn<PlanAction, String> needColumn = column("plan.need", 180, PlanAction::need);
        TableColumn<PlanAction, String> whoColumn = column("plan.who", 120, PlanAction::who);
        actions.getColumns().add(needColumn);
        actions.getColumns().add(column("plan.byWhen", 90, a -> a.byWhen() == null ? "" : localization.formatDate(a.byWhen())));
        actions.getColumns().add(whoColumn);
        Tables.wrapHeaders(actions);
        Tables.keepValuesWhole(actions, needColumn, whoColumn); // typed by the key worker
        actions.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> viewModel.selectedActionProperty().set(a));
        Choices.installKeys(indicator, Indicator.values(), Indicator::nameKey, localization);
        indicator.valueProperty().bindBidirectional(viewModel.indicatorProperty());
        need.textProperty().bindBidirectional(viewModel.needProperty());
        outcomeWanted.textProperty().bindBidirectional(viewModel.outcomeWantedProperty());
        whatWeDo.textProperty().bindBidirectional(viewModel.whatWeDoProperty());
        howWeKnow.textProperty().bindBidirectional(viewModel.howWeKnowProperty());
        DateFields.install(byWhen, localization);
        byWhen.valueProperty().bindBidirectional(viewModel.byWhenProperty());
        who.textProperty().bindBidirectional(viewModel.whoProperty());
        reasons.textProperty().bindBidirectional(viewModel.reasonsProperty());
        contingency.textProperty().bindBidirectional(viewModel.contingencyProperty());
        DateFields.install(parentsAgreedOn, localization);
        parentsAgreedOn.valueProperty().bindBidirectional(viewModel.parentsAgreedOnProperty());
        DateFields.install(reviewHeldOn, localization);
        reviewHeldOn.valueProperty().bindBidirectional(viewModel.reviewHeldOnProperty());
        attendees.textProperty().bindBidirectional(viewModel.attendeesProperty());
        decisions.textProperty().bindBidirectional(viewModel.decisionsProperty());
        Choices.installKeys(actionProgress, Progress.values(), Progress::nameKey, localization);
        actionProgress.valueProperty().bindBidirectional(viewModel.actionProgressProperty());
        viewModel.planProperty().addListener((obs, old, plan) -> planControls());
        planControls();
        decorations.showErrors(reviewHeldOn, viewModel.errors().of("review.heldOn"));
        decorations.showErrors(attendees, viewModel.errors().of("review.attendees"));

        // the notes
        noteSearch.textProperty().bindBidirectional(viewModel.noteSearchProperty());
        notes.setItems(viewModel.notes());
        notes.setPlaceholder(new Label(localization.text("notes.none")));
        notes.getColumns().add(column2("notes.notedOn", 90, n -> localization.formatDate(n.notedOn())));
        notes.getColumns().add(column2("notes.kind", 120, n -> localization.text(n.kind().nameKey())));
        notes.getColumns().add(column2("notes.worker", 140, CaseNote::workerName));
        notes.getColumns().add(column2("notes.minutes", 60, n -> n.minutes() == null ? "" : n.minutes().toString()));
        TableColumn<CaseNote, String> textColumn = column2("notes.text", 420, CaseNote::text);
        notes.getColumns().add(textColumn);
        Tables.wrapHeaders(notes);
        Tables.keepValuesWhole(notes, textColumn);
        Choices.install(noteWorker, viewModel.keyWorkers(), KeyWorker::name);
        noteWorker.setItems(viewModel.keyWorkers());
        noteWorker.valueProperty().bindBidirectional(viewModel.noteWorkerProperty());
        noteWorker.setPromptText(localization.text("notes.forWorker"));
        noteWorker.setVisible(viewModel.mayManage());
        noteWorker.setManaged(viewModel.mayManage());
        decorations.showErrors(noteWorker, viewModel.errors().of("notes.worker"));
        Choices.installKeys(noteKind, NoteKind.values(), NoteKind::nameKey, localization);
        noteKind.valueProperty().bindBidirectional(viewModel.noteKindProperty());
        DateFields.install(notedOn, localization);
        notedOn.valueProperty().bindBidirectional(viewModel.notedOnProperty());
        minutes.textProperty().bindBidirectional(viewModel.minutesProperty());
        noteText.textProperty().bindBidirectional(viewModel.noteTextProperty());
        noteText.setPromptText(localization.text("notes.text"));
        noteText.setOnAction(event -> viewModel.addNote());
        noteForm.setVisible(viewModel.mayEdit());
        noteForm.setManaged(viewModel.mayEdit());
        decorations.showErrors(noteText, viewModel.errors().of("notes.text"));
        decorations.showErrors(minutes, viewModel.errors().of("notes.minutes"));
        decorations.showErrors(notedOn, viewModel.errors().of("notes.notedOn"));
    }

    /** Eight rows: indicator, a score from 1 to 4, what that score means, a note. */
    private void scoreRows() {
        ColumnConstraints name = new ColumnConstraints(130);
        ColumnConstraints score = new ColumnConstraints(70);
        ColumnConstraints guidance = new ColumnConstraints();
        guidance.setHgrow(Priority.ALWAYS);
        guidance.setPercentWidth(50);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        scores.getColumnConstraints().setAll(name, score, guidance, note);
        int row = 0;
        for (Indicator each : Indicator.values()) {
            Label label = new Label(localization.text(each.nameKey()));
            label.setWrapText(true);
            ComboBox<Integer> box = new ComboBox<>();
            box.setId("score-" + each.name());
            box.getItems().setAll(null, 1, 2, 3, 4);
            box.valueProperty().bindBidirectional(viewModel.scoreProperty(each));
            label.setLabelFor(box);
            Label meaning = new Label();
            meaning.setWrapText(true);
            meaning.setMinHeight(Control.USE_PREF_SIZE);
            meaning.getStyleClass().add("hint");
            meaning.textProperty().bind(viewModel.scoreProperty(each).map(s -> viewModel.guidance(each, s)).orElse(""));
            box.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", List.of(localization.text(each.guidanceKey(1)),
                    localization.text(each.guidanceKey(2)), localization.text(each.guidanceKey(3)),
                    localization.text(each.guidanceKey(4))))));
            TextField noteField = new TextField();
            noteField.setId("scoreNote-" + each.name());
            noteField.textProperty().bindBidirectional(viewModel.scoreNoteProperty(each));
            noteField.setPromptText(localization.text("pdf.plan.notes"));
            scores.addRow(row++, label, box, meaning, noteField);
            GridPane.setValignment(meaning, VPos.TOP);
        }
    }

    /** What a user may change of the plan shown: a draft's rows and texts; a review of the approved one. */
    private void planControls() {
        boolean editable = viewModel.planEditable();
        CarePlan plan = viewModel.planProperty().get();
        for (Node node : List.of(actionForm, draftForm)) {
            node.setDisable(!editable);
        }
        parentsAgreedOn.setDisable(!editable);
        saveDraft.setVisible(editable);
        approve.setVisible(viewModel.mayApprove() && plan != null && plan.status() == PlanStatus.DRAFT);
        boolean reviewable = viewModel.mayEdit() && plan != null && plan.status() == PlanStatus.APPROVED;
        reviewBox.setVisible(reviewable);
        reviewBox.setManaged(reviewable);
    }

    private TableColumn<PlanAction, String> column(String key, double width, Function<PlanAction, String> text) {
        TableColumn<PlanAction, String> column = new TableColumn<>(localization.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private TableColumn<CaseNote, String> column2(String key, double width, Function<CaseNote, String> text) {
        TableColumn<CaseNote, String> column = new TableColumn<>(localization.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private TableColumn<ChronologyItem, String> column3(String key, double width, Function<ChronologyItem, String> text) {
        TableColumn<ChronologyItem, String> column = new TableColumn<>(localization.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    public Node keysStart() {
        return back;
    }

    @FXML private void back() { onBack.run(); }
    @FXML private void closeCase() { viewModel.closeCase(); }
    @FXML private void saveAssessment() { viewModel.saveAssessment(); }
    @FXML private void print() { viewModel.print(); }
    @FXML private void addAction() { viewModel.addAction(); }
    @FXML private void updateAction() { viewModel.updateAction(); }
    @FXML private void removeAction() { viewModel.removeAction(); }
    @FXML private void saveDraft() { viewModel.saveDraft(); }
    @FXML private void approve() { viewModel.approve(); }
    @FXML private void recordReview() { viewModel.recordReview(); }
    @FXML private void addNote() { viewModel.addNote(); }
    @FXML private void saveCover() { viewModel.saveCover(); }
    @FXML private void removeCover() { viewModel.removeCover(); }
    @FXML private void extendProgramme() { viewModel.extendProgramme(); }
    @FXML private void addEvent() { viewModel.addEvent(); }
    @FXML private void saveChronology() { viewModel.saveChronology(); }
    @FXML private void printChronology() { viewModel.printChronology(); }
    @FXML private void printPlanOnPrinter() { viewModel.printPlanOnPrinter(); }
}
