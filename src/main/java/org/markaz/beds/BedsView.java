package org.markaz.beds;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.markaz.core.i18n.Localization;
import org.markaz.core.ui.Choices;

/**
 * Binds the bed calendar: the period and its navigation, the canvas, the actions on the booking
 * under the cursor. The booking and check-out dialogs are {@link BookingDialog} and {@link CheckOutDialog}.
 */
public final class BedsView {

    private final CalendarViewModel viewModel;
    private final WaitingListViewModel waiting;
    private final BedsSettingsViewModel settings;
    private final Localization localization;
    private CalendarCanvas canvas;

    @FXML private TabPane root;
    @FXML private ComboBox<CalendarPeriod> period;
    @FXML private Label title;
    @FXML private CheckBox showCancelled;
    @FXML private HBox actions;
    @FXML private Button book;
    @FXML private Button edit;
    @FXML private Button checkIn;
    @FXML private Button checkOut;
    @FXML private Button cancelBooking;
    @FXML private StackPane canvasHolder;
    @FXML private Label status;
    @FXML private Label message;

    @FXML private javafx.scene.control.Tab waitingTab;
    @FXML private javafx.scene.control.TableView<WaitingRequest> requests;
    @FXML private javafx.scene.control.TableColumn<WaitingRequest, String> requestPriority;
    @FXML private javafx.scene.control.TableColumn<WaitingRequest, String> requestChild;
    @FXML private javafx.scene.control.TableColumn<WaitingRequest, String> requestUnit;
    @FXML private javafx.scene.control.TableColumn<WaitingRequest, String> requestFrom;
    @FXML private javafx.scene.control.TableColumn<WaitingRequest, String> requestNights;
    @FXML private javafx.scene.control.TableColumn<WaitingRequest, String> requestReason;
    @FXML private HBox requestActions;
    @FXML private Label waitingMessage;
    @FXML private javafx.scene.control.TableView<NeedsBed> needsBed;
    @FXML private javafx.scene.control.TableColumn<NeedsBed, String> needsChild;
    @FXML private javafx.scene.control.TableColumn<NeedsBed, String> needsService;
    @FXML private javafx.scene.control.TableColumn<NeedsBed, String> needsSince;
    @FXML private javafx.scene.control.Tab bedsTab;
    @FXML private javafx.scene.control.TableView<Bed> bedList;
    @FXML private javafx.scene.control.TableColumn<Bed, String> bedUnit;
    @FXML private javafx.scene.control.TableColumn<Bed, String> bedRoom;
    @FXML private javafx.scene.control.TableColumn<Bed, String> bedLabel;
    @FXML private javafx.scene.control.TableColumn<Bed, String> bedInUse;
    @FXML private ComboBox<BedUnit> unit;
    @FXML private javafx.scene.control.TextField room;
    @FXML private javafx.scene.control.TextField label;
    @FXML private javafx.scene.control.DatePicker inUseFrom;
    @FXML private javafx.scene.control.DatePicker inUseTo;
    @FXML private Label bedMessage;

    public BedsView(CalendarViewModel viewModel, WaitingListViewModel waiting, BedsSettingsViewModel settings,
                    Localization localization) {
        this.viewModel = viewModel;
        this.waiting = waiting;
        this.settings = settings;
        this.localization = localization;
    }

    @FXML
    private void initialize() {
        canvas = new CalendarCanvas(viewModel, localization);
        canvasHolder.getChildren().add(canvas);
        canvas.setOnOpenBooking(booking -> edit());
        canvas.setOnBookSelection(this::book);
        Choices.installKeys(period, CalendarPeriod.values(), CalendarPeriod::nameKey, localization);
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        title.textProperty().bind(viewModel.titleProperty());
        showCancelled.selectedProperty().bindBidirectional(viewModel.showCancelledProperty());
        status.textProperty().bind(viewModel.statusProperty());
        message.textProperty().bind(viewModel.messageProperty());
        actions.setVisible(viewModel.mayBook());
        actions.setManaged(viewModel.mayBook());
        var booking = viewModel.selectedBookingProperty();
        var onBooking = booking.isNotNull().and(viewModel.selectionProperty().isNull());
        book.disableProperty().bind(onBooking.or(viewModel.busyProperty()));
        edit.disableProperty().bind(onBooking.not().or(viewModel.busyProperty()));
        checkIn.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> booking.get() == null
                || booking.get().status() != BookingStatus.PLANNED || viewModel.busyProperty().get(), booking, viewModel.busyProperty()));
        checkOut.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> booking.get() == null
                || booking.get().status() != BookingStatus.CHECKED_IN || viewModel.busyProperty().get(), booking, viewModel.busyProperty()));
        cancelBooking.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> booking.get() == null
                || booking.get().status() != BookingStatus.PLANNED || viewModel.busyProperty().get(), booking, viewModel.busyProperty()));
        viewModel.load();
        bindWaitingList();
        bindSettings();
    }

    private static <S> void text(javafx.scene.control.TableColumn<S, String> column, java.util.function.Function<S, String> value) {
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void bindWaitingList() {
        org.markaz.core.ui.Tables.wrapHeaders(requests);
        org.markaz.core.ui.Tables.wrapHeaders(needsBed);
        requests.setItems(waiting.requests());
        requests.setPlaceholder(new Label(localization.text("beds.waiting.none")));
        text(requestPriority, r -> Integer.toString(r.priority()));
        text(requestChild, WaitingRequest::childName);
        text(requestUnit, r -> waiting.unitText(r.unit()));
        text(requestFrom, r -> waiting.dateText(r.wantedFrom()));
        text(requestNights, r -> Integer.toString(r.nights()));
        text(requestReason, WaitingRequest::reason);
        org.markaz.core.ui.Tables.keepValuesWhole(requests, requestReason);
        requests.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> waiting.selectedProperty().set(now));
        requestActions.setVisible(waiting.mayBook());
        requestActions.setManaged(waiting.mayBook());
        requestActions.disableProperty().bind(waiting.busyProperty());
        waitingMessage.textProperty().bind(waiting.messageProperty());
        needsBed.setItems(waiting.needingBeds());
        needsBed.setPlaceholder(new Label(localization.text("beds.needsBed.none")));
        text(needsChild, NeedsBed::childName);
        text(needsService, n -> localization.text(n.service().nameKey()));
        text(needsSince, n -> waiting.dateText(n.startsOn()));
        org.markaz.core.ui.Tables.keepValuesWhole(needsBed);
        waitingTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                waiting.load();
            }
        });
    }

    private void bindSettings() {
        if (!settings.mayManage()) {
            root.getTabs().remove(bedsTab);
            return;
        }
        org.markaz.core.ui.Tables.wrapHeaders(bedList);
        bedList.setItems(settings.list());
        text(bedUnit, b -> localization.text(b.unit().nameKey()));
        text(bedRoom, Bed::room);
        text(bedLabel, Bed::label);
        text(bedInUse, b -> localization.formatDate(b.inUseFrom()) + " – " + (b.inUseTo() == null ? "" : localization.formatDate(b.inUseTo())));
        org.markaz.core.ui.Tables.keepValuesWhole(bedList);
        bedList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> settings.selectedProperty().set(now));
        settings.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                bedList.getSelectionModel().clearSelection();
            } else if (bedList.getSelectionModel().getSelectedItem() != now) {
                bedList.getSelectionModel().select(now);
            }
        });
        Choices.installKeys(unit, BedUnit.values(), BedUnit::nameKey, localization);
        unit.valueProperty().bindBidirectional(settings.unitProperty());
        room.textProperty().bindBidirectional(settings.roomProperty());
        label.textProperty().bindBidirectional(settings.labelProperty());
        org.markaz.core.ui.DateFields.install(inUseFrom, localization);
        org.markaz.core.ui.DateFields.install(inUseTo, localization);
        inUseFrom.valueProperty().bindBidirectional(settings.inUseFromProperty());
        inUseTo.valueProperty().bindBidirectional(settings.inUseToProperty());
        org.markaz.core.ui.FieldDecorations decorations = new org.markaz.core.ui.FieldDecorations(localization);
        decorations.showErrors(room, settings.errors().of("beds.field.room"));
        decorations.showErrors(label, settings.errors().of("beds.field.label"));
        decorations.showErrors(inUseTo, settings.errors().of("beds.field.inUseTo"));
        decorations.showErrors(unit, settings.errors().of("beds.field.unit"));
        bedMessage.textProperty().bind(settings.messageProperty());
        bedsTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                settings.load();
            }
        });
    }

    @FXML
    private void newRequest() {
        new RequestDialog(waiting.newRequest(), localization, root.getScene().getWindow()).show();
    }

    @FXML
    private void bookFirstFree() {
        waiting.bookFirstFreeBed();
    }

    @FXML
    private void withdraw() {
        waiting.withdraw();
    }

    @FXML
    private void newBed() {
        settings.newBed();
        room.requestFocus();
    }

    @FXML
    private void saveBed() {
        settings.save();
    }

    /** Where the keys start: the calendar itself. */
    public Node keysStart() {
        return canvas;
    }

    @FXML
    private void previousPeriod() {
        viewModel.previousPeriod();
        canvas.requestFocus();
    }

    @FXML
    private void nextPeriod() {
        viewModel.nextPeriod();
        canvas.requestFocus();
    }

    @FXML
    private void today() {
        viewModel.goToToday();
        canvas.requestFocus();
    }

    @FXML
    private void book() {
        viewModel.newBooking().ifPresent(form -> new BookingDialog(form, localization, root.getScene().getWindow()).show());
    }

    @FXML
    private void edit() {
        viewModel.editBooking().ifPresent(form -> new BookingDialog(form, localization, root.getScene().getWindow()).show());
    }

    @FXML
    private void checkIn() {
        viewModel.checkIn();
    }

    @FXML
    private void checkOut() {
        viewModel.askCheckOut((booking, endsAdmission) -> new CheckOutDialog(localization, root.getScene().getWindow(),
                viewModel.today(), booking.lastNight().plusDays(1), endsAdmission).ask()
                .ifPresent(answer -> viewModel.checkOut(answer.leftOn(), answer.outcome(), answer.note())));
    }

    @FXML
    private void cancelBooking() {
        viewModel.cancelBooking();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    /** For tests: the cell's middle on the screen. */
    public javafx.geometry.Point2D cellCentre(int row, LocalDate day) {
        return canvas.cellCentre(row, day);
    }
}
