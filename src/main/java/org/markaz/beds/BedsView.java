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

    public BedsView(CalendarViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
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
        viewModel.askCheckOut(endsAdmission -> new CheckOutDialog(localization, root.getScene().getWindow(), viewModel.today(),
                endsAdmission).ask().ifPresent(answer -> viewModel.checkOut(answer.leftOn(), answer.outcome(), answer.note())));
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
