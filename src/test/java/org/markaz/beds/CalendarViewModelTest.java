package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.children.ChildrenService;
import org.markaz.core.Validation;
import org.markaz.core.i18n.Language;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.ui.SameThreadTaskExecutor;
import org.markaz.core.ui.UiContext;
import org.markaz.shared.ServiceType;
import org.markaz.testsupport.ScriptedDialogs;
import org.markaz.testsupport.TestServices;

/** The calendar and its booking form, without a screen, on the sample centre. */
class CalendarViewModelTest {

    private final TestServices test = TestServices.sampleCentre();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Localization english = new Localization(Language.ENGLISH, test.services().zone());
    private final Actor admin = test.signIn("admin");
    private final CalendarViewModel calendar = new CalendarViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(),
            test.clock()), admin, test.services().get(BedsService.class), test.services().get(ChildrenService.class),
            test.services().centres(), test.services().audit());
    private final LocalDate today = LocalDate.now(test.clock());

    @AfterEach
    void close() {
        test.close();
    }

    private int rowOf(String label) {
        for (int i = 0; i < calendar.rows().size(); i++) {
            CalendarRow row = calendar.rows().get(i);
            if (!row.isHeading() && row.bed().label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void theQuarterShowsBedsGroupedByUnitAndCountsNightsPerDay() {
        calendar.periodProperty().set(CalendarPeriod.QUARTER);
        assertEquals(2 + 34, calendar.rows().size(), "two unit headings and 34 beds");
        assertTrue(calendar.rows().get(0).isHeading());
        assertTrue(calendar.days() >= 90);
        int todayIndex = (int) java.time.temporal.ChronoUnit.DAYS.between(calendar.day(0), today);
        assertEquals(1, calendar.occupied(BedUnit.MOTHER_AND_BABY, todayIndex));
        assertEquals(4, calendar.places(BedUnit.MOTHER_AND_BABY, todayIndex));
        assertEquals("1\n25%", calendar.footerText(BedUnit.MOTHER_AND_BABY, todayIndex));
    }

    @Test
    void keysMoveTheCursorAndShiftChoosesNightsThatBookWithTheForm() {
        calendar.load();
        int row = rowOf("7-А");
        calendar.setCursor(row, today.plusDays(2), false);
        calendar.moveCursor(0, 1, true);
        calendar.moveCursor(0, 1, true);
        assertEquals(new CalendarViewModel.Selection(row, today.plusDays(2), today.plusDays(4)), calendar.selectionProperty().get());

        BookingFormViewModel form = calendar.newBooking().orElseThrow();
        assertEquals(today.plusDays(2), form.firstNightProperty().get());
        assertEquals(today.plusDays(4), form.lastNightProperty().get());
        form.childSearchProperty().set("Сомон");
        form.childProperty().set(form.childMatches().get(0));
        form.save();
        assertTrue(form.savedProperty().get(), form.messageProperty().get());
        assertNull(calendar.selectionProperty().get());
        assertEquals(english.text("beds.saved"), dialogs.notices.get(0));
        calendar.setCursor(row, today.plusDays(3), false);
        assertNotNull(calendar.selectedBookingProperty().get());
        assertEquals(ServiceType.RESIDENTIAL_RESPITE, calendar.selectedBookingProperty().get().service());
    }

    @Test
    void anOverlapIsRefusedBesideItsFieldAndNothingIsWritten() {
        calendar.load();
        calendar.setCursor(rowOf("3-Б"), today, false); // Марям Мирзоева arrives tonight
        calendar.setCursor(rowOf("7-А"), today, false);
        BookingFormViewModel form = calendar.newBooking().orElseThrow();
        form.bedProperty().set(form.bedChoices().stream().filter(b -> b.label().equals("3-Б")).findFirst().orElseThrow());
        form.childSearchProperty().set("Ҳадича");
        form.childProperty().set(form.childMatches().get(0));
        int before = test.count("booking");
        form.save();
        assertFalse(form.savedProperty().get());
        assertEquals(english.text("error.bedTaken", "3-Б"), form.errors().of("beds.field.bed").get().isEmpty()
                ? form.messageProperty().get() : form.errors().of("beds.field.bed").get());
        assertEquals(before, test.count("booking"));
    }

    @Test
    void aMotherAndBabyRoomAsksForTheMotherFromTheFamily() {
        calendar.load();
        calendar.setCursor(rowOf("МК-3"), today.plusDays(1), false);
        BookingFormViewModel form = calendar.newBooking().orElseThrow();
        assertTrue(form.motherAndBabyProperty().get());
        assertEquals(ServiceType.MOTHER_AND_BABY, form.serviceProperty().get());
        form.childSearchProperty().set("Бекзод");
        form.childProperty().set(form.childMatches().get(0));
        assertEquals(2, form.mothers().size(), "the family's carers");
        form.motherProperty().set(null);
        form.save();
        assertEquals(english.text("error.motherNeeded", new Validation.FieldName("beds.field.mother")),
                form.errors().of("beds.field.mother").get());
        form.motherProperty().set(form.mothers().get(0));
        form.save();
        assertTrue(form.savedProperty().get(), form.messageProperty().get());
    }

    @Test
    void dragMovesAndStretchesUnderTheSameRules() {
        calendar.load();
        int row = rowOf("3-Б");
        calendar.setCursor(row, today, false);
        Booking marjam = calendar.selectedBookingProperty().get();
        calendar.stretch(marjam, marjam.lastNight().plusDays(2));
        calendar.setCursor(row, today, false);
        assertEquals(marjam.lastNight().plusDays(2), calendar.selectedBookingProperty().get().lastNight());
        calendar.move(calendar.selectedBookingProperty().get(), rowOf("3-В"), today);
        assertEquals(english.text("error.bedTaken", "3-В"), calendar.messageProperty().get());
    }

    @Test
    void pageDownGoesToTheNextPeriodAndTBackToToday() {
        calendar.periodProperty().set(CalendarPeriod.TWO_WEEKS);
        LocalDate first = calendar.fromProperty().get();
        calendar.nextPeriod();
        assertEquals(first.plusWeeks(2), calendar.fromProperty().get());
        calendar.goToToday();
        assertEquals(first, calendar.fromProperty().get());
        assertEquals(today, calendar.cursorDayProperty().get());
    }

    @Test
    void aBedWithAnotherBedsNameIsRefusedBesideTheFieldAndNothingWritten() {
        int loads = test.count("bed");
        BedsSettingsViewModel settings = new BedsSettingsViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(),
                test.clock()), admin, test.services().get(BedsService.class), () -> { });
        settings.load();
        settings.newBed();
        settings.roomProperty().set("Ҳуҷраи 9");
        settings.labelProperty().set("3-А");
        settings.save();
        assertEquals(english.text("error.bedLabelTaken"), settings.errors().of("beds.field.label").get());
        assertEquals(loads, test.count("bed"));
        settings.labelProperty().set("9-А");
        settings.save();
        assertEquals(loads + 1, test.count("bed"));
        assertEquals("9-А", settings.selectedProperty().get().label());
    }

    @Test
    void theWaitingListBooksTheMostUrgentRequestOnTheFirstFreeBed() {
        WaitingListViewModel waiting = waitingList();
        waiting.load();
        assertEquals(3, waiting.requests().size());
        assertEquals(1, waiting.requests().get(0).priority());
        waiting.selectedProperty().set(waiting.requests().get(0));
        int before = test.count("booking");
        waiting.bookFirstFreeBed();
        assertEquals(before + 1, test.count("booking"));
        assertEquals(2, waiting.requests().size());
        assertTrue(waiting.needingBeds().isEmpty());
    }

    private WaitingListViewModel waitingList() {
        return new WaitingListViewModel(new UiContext(english, dialogs, new SameThreadTaskExecutor(), test.clock()), admin,
                test.services().get(BedsService.class), test.services().get(ChildrenService.class), () -> { });
    }

    @Test
    void theRequestFormRefusesBadNightsAndAMissingReasonBesideTheFieldThenPutsTheChildOnTheList() {
        WaitingListViewModel waiting = waitingList();
        waiting.load();
        int before = test.count("bed_request");
        RequestFormViewModel form = waiting.newRequest();
        assertEquals(BedUnit.RESPITE, form.unitProperty().get());
        assertEquals(today.plusDays(1), form.wantedFromProperty().get());

        form.save();
        assertEquals(english.text("error.required", english.text("beds.field.child")), form.errors().of("beds.field.child").get());
        form.childSearchProperty().set("Сомон");
        form.childProperty().set(form.childMatches().get(0));
        form.nightsProperty().set("три");
        form.reasonProperty().set("Модар ҷарроҳӣ мешавад");
        form.save();
        assertEquals(english.text("error.nightsRange", 184), form.errors().of("beds.field.nights").get());
        form.nightsProperty().set("3");
        form.reasonProperty().set("  ");
        form.save();
        assertFalse(form.errors().of("field.reason").get().isEmpty(), "a reason is asked for");
        form.reasonProperty().set("Модар ҷарроҳӣ мешавад");
        form.wantedFromProperty().set(null);
        form.save();
        assertEquals(english.text("error.required", english.text("beds.field.wantedFrom")),
                form.errors().of("beds.field.wantedFrom").get());
        assertEquals(before, test.count("bed_request"), "nothing written while refused");
        assertFalse(form.savedProperty().get());

        form.wantedFromProperty().set(today.plusDays(5));
        form.priorityProperty().set(1);
        form.save();
        assertTrue(form.savedProperty().get(), form.messageProperty().get());
        assertEquals(before + 1, test.count("bed_request"));
        assertEquals(english.text("beds.waiting.added"), dialogs.notices.get(dialogs.notices.size() - 1));
        assertTrue(waiting.requests().stream().anyMatch(r -> r.nights() == 3 && r.wantedFrom().equals(today.plusDays(5))
                && r.priority() == 1), "the list is read again");
    }
}
