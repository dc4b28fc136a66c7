package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.markaz.register.RegisterService;
import org.markaz.shared.ServiceType;
import org.markaz.ui.UiTestSupport;
import org.testfx.framework.junit5.Start;

/** The bed calendar driven as a user would: drag across nights, book, stretch, overlap refused, check in and out. */
class BedsUiTest extends UiTestSupport {

    private long respiteBed;
    private long room;

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    private void twoBeds() {
        Actor admin = administrator();
        BedsService beds = services().get(BedsService.class);
        respiteBed = beds.saveBed(admin, null, new BedDetails(BedUnit.RESPITE, "Ҳуҷраи 1", "1-А", today().minusYears(1), null));
        beds.saveBed(admin, null, new BedDetails(BedUnit.RESPITE, "Ҳуҷраи 1", "1-Б", today().minusYears(1), null));
        room = beds.saveBed(admin, null, new BedDetails(BedUnit.MOTHER_AND_BABY, "Модар ва кӯдак 1", "МК-1",
                today().minusYears(1), null));
    }

    private CalendarCanvas canvas() {
        return lookup("#bedCalendar").queryAs(CalendarCanvas.class);
    }

    private CalendarViewModel viewModel() {
        return canvas().viewModel();
    }

    private int rowOf(String label) {
        List<CalendarRow> rows = viewModel().rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isHeading() && rows.get(i).bed().label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label);
    }

    private Point2D cell(String label, LocalDate day) {
        return org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> canvas().cellCentre(rowOf(label), day)));
    }

    private List<Booking> bookings() {
        return services().get(BedsService.class).calendar(administrator(), today().minusDays(30), today().plusDays(60), false)
                .bookings();
    }

    /** Types into a field of a dialog (the support's typing goes to the main window's focus). */
    private void typeInDialog(String query, String text) {
        javafx.scene.control.TextInputControl field = lookup(query).queryTextInputControl();
        clickOn(field);
        interact(() -> {
            for (int i = 0; i < text.length(); i++) {
                javafx.event.Event.fireEvent(field, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        String.valueOf(text.charAt(i)), "", KeyCode.UNDEFINED, false, false, false, false));
            }
        });
    }

    private void openBeds() {
        signIn("admin", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntilIdle();
    }

    @Test
    void aWeekIsBookedByDraggingThenStretchedAndAnOverlapIsRefusedWithNothingWritten() {
        twoBeds();
        openBeds();
        LocalDate monday = today();
        drag(cell("1-А", monday), MouseButton.PRIMARY).dropTo(cell("1-А", monday.plusDays(4)));
        waitUntilIdle();
        assertEquals(new CalendarViewModel.Selection(rowOf("1-А"), monday, monday.plusDays(4)),
                viewModel().selectionProperty().get());
        type(KeyCode.ENTER);
        waitUntilIdle();
        typeInDialog("#bookingChildSearch", "Сомон");
        waitUntilIdle();
        clickOn("#saveBooking");
        waitUntilIdle();
        Booking booked = bookings().get(0);
        assertEquals(respiteBed, booked.bedId());
        assertEquals(monday, booked.firstNight());
        assertEquals(monday.plusDays(4), booked.lastNight());
        assertEquals(ServiceType.RESIDENTIAL_RESPITE, booked.service());
        saveScreen("beds-week-booked");

        // stretch: the bar's right end dragged two nights on
        Point2D end = cell("1-А", monday.plusDays(4)).add(canvas().cellWidth() / 2 - 3, 0);
        drag(end, MouseButton.PRIMARY).dropTo(cell("1-А", monday.plusDays(6)));
        waitUntilIdle();
        assertEquals(monday.plusDays(6), bookings().get(0).lastNight());

        // the same child on the other bed on one of those nights: refused in the dialog, nothing written
        clickOn(cell("1-Б", monday.plusDays(6)));
        type(KeyCode.ENTER);
        waitUntilIdle();
        typeInDialog("#bookingChildSearch", "Сомон");
        waitUntilIdle();
        int before = services().get(BedsService.class).calendar(administrator(), today(), today().plusDays(60), true).bookings().size();
        clickOn("#saveBooking");
        waitUntilIdle();
        assertEquals(shellLanguage().text("error.childAlreadyBooked"), textOf("#bookingMessage"));
        assertEquals(before, bookings().size());
        saveScreen("beds-overlap-refused");
        type(KeyCode.ESCAPE);
        waitUntilIdle();
    }

    @Test
    void aMotherAndBabyAreBookedCheckedInFoundInTheRegisterAndCheckedOut() {
        twoBeds();
        Actor admin = administrator();
        var family = services().get(ChildrenService.class).search(admin, "Меҳрона", false).get(0);
        long mother = services().get(ChildrenService.class).family(admin, family.familyId()).orElseThrow().carers().get(0).id();
        long id = services().get(BedsService.class).book(admin, new BookingRequest(room, family.id(), List.of(), mother,
                ServiceType.MOTHER_AND_BABY, BookingPurpose.MOTHER_AND_BABY, today(), today().plusDays(20), null, false, null));
        openBeds();
        clickOn(cell("МК-1", today()));
        clickOn("#checkIn");
        waitUntilIdle();
        assertEquals(BookingStatus.CHECKED_IN, services().get(BedsService.class).booking(admin, id).orElseThrow().status());
        assertTrue(services().get(RegisterService.class).day(admin, today()).entries().stream()
                .anyMatch(entry -> entry.childId() == family.id() && entry.service() == ServiceType.MOTHER_AND_BABY));
        saveScreen("beds-checked-in");

        clickOn(cell("МК-1", today()));
        clickOn("#checkOut");
        waitUntilIdle();
        javafx.scene.control.Button ok = lookup(".dialog-pane .button").match((javafx.scene.Node n)
                -> n instanceof javafx.scene.control.Button b && b.isDefaultButton()).queryAs(javafx.scene.control.Button.class);
        assertTrue(ok.isDisabled(), "the stay ends the admission: its outcome is asked first");
        saveScreen("beds-check-out-asks-outcome");
        interact(() -> lookup("#checkOutOutcome").queryComboBox().getSelectionModel()
                .select(org.markaz.shared.DischargeOutcome.RETURNED_TO_PARENTS));
        assertFalse(ok.isDisabled());
        clickOn(ok);
        waitUntilIdle();
        assertEquals(BookingStatus.CHECKED_OUT, services().get(BedsService.class).booking(admin, id).orElseThrow().status());
        assertTrue(services().get(org.markaz.admissions.AdmissionsService.class).enrolments(admin, family.id()).stream()
                .anyMatch(e -> e.service() == ServiceType.MOTHER_AND_BABY && today().equals(e.endsOn())),
                "discharged the day the mother and baby left");
    }

    @Test
    void keysMoveThroughTheQuarterAndTGoesBackToToday() {
        twoBeds();
        openBeds();
        clickOn(cell("1-А", today()));
        interact(() -> viewModel().periodProperty().set(CalendarPeriod.QUARTER));
        waitUntilIdle();
        type(KeyCode.PAGE_DOWN);
        waitUntilIdle();
        assertEquals(CalendarPeriod.QUARTER.next(CalendarPeriod.QUARTER.start(today())), viewModel().fromProperty().get());
        type(KeyCode.RIGHT, 3);
        type(KeyCode.DOWN);
        waitUntilIdle();
        assertEquals(rowOf("1-Б"), viewModel().cursorRowProperty().get());
        type(KeyCode.T);
        waitUntilIdle();
        assertEquals(today(), viewModel().cursorDayProperty().get());
        saveScreen("beds-quarter");
    }

    @Test
    void choosingNightsPastTheRightEdgeScrollsTheQuarterOnByItself() {
        twoBeds();
        openBeds();
        interact(() -> viewModel().periodProperty().set(CalendarPeriod.QUARTER));
        waitUntilIdle();
        Point2D start = cell("1-А", today());
        Point2D edge = org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> canvas().localToScreen(canvas().getWidth() - 22, canvas().screenToLocal(start).getY())));
        moveTo(start);
        press(javafx.scene.input.MouseButton.PRIMARY);
        moveTo(edge);
        LocalDate reached = viewModel().selectionProperty().get().last();
        double scrolled = canvas().horizontalBar().getValue();
        sleep(700);
        assertTrue(canvas().autoScrolling(), "held past the edge, the calendar scrolls on");
        assertTrue(canvas().horizontalBar().getValue() > scrolled, "scrolled further");
        assertTrue(viewModel().selectionProperty().get().last().isAfter(reached), "the choice follows under the pointer");
        release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntilIdle();
        assertFalse(canvas().autoScrolling(), "stops when the button is let go");
        assertEquals(today(), viewModel().selectionProperty().get().first());
    }
}
