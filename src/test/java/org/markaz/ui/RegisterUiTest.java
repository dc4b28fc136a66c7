package org.markaz.ui;

import org.markaz.register.RegisterService;
import org.markaz.admissions.AdmissionsService;
import org.markaz.children.ChildrenService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.markaz.admissions.Admission;
import org.markaz.shared.ServiceType;
import org.markaz.children.BirthCertificate;
import org.markaz.children.ChildConfirmations;
import org.markaz.children.ChildDetails;
import org.markaz.children.ChildSaveResult;
import org.markaz.children.FamilyDetails;
import org.markaz.children.Settlement;
import org.markaz.shared.Sex;
import org.markaz.core.security.Actor;
import org.markaz.register.DaySheet;
import org.markaz.register.RegisterEntry;
import org.testfx.framework.junit5.Start;

class RegisterUiTest extends UiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage, true);
    }

    /** Two children in day care every day of the week, so today always expects them. */
    private void twoChildrenInDayCare() {
        Actor admin = administrator();
        long familyId = services().get(ChildrenService.class).createFamily(admin, new FamilyDetails(null, "Хуҷанд", null, Settlement.URBAN,
                null, false, false, false, false, false, null));
        for (String name : new String[] {"Алишер Каримов", "Зарина Саидова"}) {
            long childId = ((ChildSaveResult.Saved) services().get(ChildrenService.class).saveChild(admin, null,
                    new ChildDetails(familyId, name, Sex.M, LocalDate.of(2022, 1, 1), BirthCertificate.HAS, null, null), ChildConfirmations.NONE))
                    .childId();
            services().get(AdmissionsService.class).admit(admin, new Admission(childId, null, ServiceType.DAY_CARE, null,
                    EnumSet.allOf(DayOfWeek.class), today().minusDays(7), null, false, null));
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<RegisterEntry> entries() {
        return lookup("#registerEntries").queryAs(TableView.class);
    }

    private DaySheet todaysSheet() {
        return services().get(RegisterService.class).day(administrator(), today());
    }

    @Test
    void todaysRegisterIsMarkedWithTheKeyboardOnlyAndClosed() {
        twoChildrenInDayCare();
        signIn("admin", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilIdle();
        assertEquals(2, entries().getItems().size());

        clickRow("#registerEntries", 0);
        type(KeyCode.P);
        waitUntilIdle();
        type(KeyCode.A);
        waitUntilIdle();

        DaySheet sheet = todaysSheet();
        assertEquals(new DaySheet.Totals(2, 1, 1), sheet.totals().get(ServiceType.DAY_CARE));
        assertEquals(shellLanguage().text("register.totals", shellLanguage().text("service.dayCare"), 1, 2, 1, 0),
                textOf("#registerTotals"));

        clickOn("#closeDay");
        type(KeyCode.ENTER); // Enter answers the safe "No": closing cannot be undone by the administrator
        waitUntilIdle();
        assertFalse(todaysSheet().closed(), "Enter did not close the day");

        clickOn("#closeDay");
        clickOn(shellLanguage().text("dialog.yes"));
        waitUntilIdle();
        assertTrue(todaysSheet().closed());
        assertTrue(lookup("#closeDay").query().isDisabled());
    }

    @Test
    void aLeavingTimeBeforeTheArrivalIsRefusedAndNothingChanges() {
        twoChildrenInDayCare();
        signIn("admin", DEMO_PASSWORD);
        clickAndWait("#nav-register");
        clickRow("#registerEntries", 0);
        typeInto("#arrivedAt", "09:00");
        typeInto("#leftAt", "08:00");
        clickAndWait("#saveMark");

        assertEquals(shellLanguage().text("error.leftBeforeArrived"), textOf("#registerMessage"));
        assertEquals(2, todaysSheet().totals().get(ServiceType.DAY_CARE).unmarked());
    }

    @Test
    void keysNeverReachTheRegisterHiddenBehindAnotherAreaAndItShowsMarksMadeMeanwhile() {
        twoChildrenInDayCare();
        signIn("admin", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilIdle();
        clickRow("#registerEntries", 0);
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntilIdle();
        assertTrue(isShown("#childSearch"));
        assertTrue(lookup("#childSearch").query().isFocused(), "the children screen starts in its search box");

        type(KeyCode.P);
        waitUntilIdle();
        assertEquals(2, todaysSheet().totals().get(ServiceType.DAY_CARE).unmarked(), "P went to the search box, not the register");

        // a mark saved meanwhile elsewhere (as by another screen)
        RegisterEntry first = todaysSheet().entries().get(0);
        services().get(RegisterService.class).mark(administrator(), first.childId(), today(), false,
                org.markaz.register.Mark.absent(org.markaz.register.AbsenceReason.ILL));
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilIdle();
        assertTrue(entries().getItems().stream().anyMatch(e -> e.childId() == first.childId() && e.mark() != null),
                "the register shown again has the mark made meanwhile");
        assertTrue(entries().isFocused(), "back on the register, P and A work at once");
    }

    @Test
    void todayShowsAChildMissingThreeDaysOnceTheAbsencesAreSaved() {
        twoChildrenInDayCare();
        signIn("admin", DEMO_PASSWORD);
        assertTrue(listedOnToday().contains(shellLanguage().text("today.absences.none")));

        RegisterEntry child = todaysSheet().entries().get(0);
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            services().get(RegisterService.class).mark(administrator(), child.childId(), today().minusDays(daysAgo), false,
                    org.markaz.register.Mark.absent(org.markaz.register.AbsenceReason.ILL));
        }
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilIdle();
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntilIdle();

        assertTrue(listedOnToday().stream().anyMatch(line -> line.contains(child.childName())), listedOnToday().toString());
    }

    /** The lines of Today's absences card, as labels or, when there are many, a list. */
    private java.util.List<String> listedOnToday() {
        javafx.scene.Node card = lookup("#today-absences").query();
        java.util.List<String> lines = new java.util.ArrayList<>();
        from(card).lookup(".label").queryAll().forEach(node -> lines.add(((javafx.scene.control.Label) node).getText()));
        from(card).lookup(".list-view").queryAll().forEach(node ->
                ((javafx.scene.control.ListView<?>) node).getItems().forEach(item -> lines.add(item.toString())));
        return lines;
    }

    @Test
    void pageUpAndPageDownMoveADayEvenFromTheList() {
        twoChildrenInDayCare();
        signIn("admin", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntilIdle();
        assertFocusArrives(entries());

        type(KeyCode.PAGE_UP);
        waitUntilIdle();
        assertEquals(today().minusDays(1), lookup("#registerDate").queryAs(javafx.scene.control.DatePicker.class).getValue());
        type(KeyCode.PAGE_DOWN);
        waitUntilIdle();
        assertEquals(today(), lookup("#registerDate").queryAs(javafx.scene.control.DatePicker.class).getValue());
    }

    /** A Tajik screen's calendar names its months in Tajik and starts its weeks on Monday, not in JavaFX's English. */
    @Test
    void theDatePickersCalendarSpeaksTheUsersLanguage() {
        services().accounts().changeOwnLanguage(signedInActor("admin", DEMO_PASSWORD), org.markaz.core.i18n.Language.TAJIK);
        signIn("admin", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntilIdle();
        javafx.scene.control.DatePicker date = lookup("#registerDate").queryAs(javafx.scene.control.DatePicker.class);
        interact(date::show);
        waitUntilIdle();

        java.util.Locale tajik = java.util.Locale.forLanguageTag("tg-TJ");
        java.util.Set<String> month = java.util.Set.of("LLLL", "MMMM").stream()
                .map(pattern -> java.time.format.DateTimeFormatter.ofPattern(pattern, tajik).format(date.getValue()).toLowerCase(tajik))
                .collect(java.util.stream.Collectors.toSet());
        java.util.List<String> labels = lookup(".date-picker-popup .spinner-label").queryAll().stream()
                .map(node -> ((javafx.scene.control.Label) node).getText().toLowerCase(tajik)).toList();
        assertTrue(labels.stream().anyMatch(month::contains), "the month is one of " + month + ": " + labels);
        String monday = java.time.format.DateTimeFormatter.ofPattern("ccc", tajik).format(java.time.LocalDate.of(2026, 11, 30));
        java.util.List<String> dayNames = lookup(".day-name-cell").queryAll().stream()
                .map(node -> ((javafx.scene.control.Labeled) node).getText()).toList();
        assertFalse(dayNames.isEmpty(), "the calendar names its days");
        assertTrue(dayNames.get(0).equalsIgnoreCase(monday), "the week starts on Monday (" + monday + "): " + dayNames);
        interact(date::hide);
    }

    @Test
    void bookkeepersHaveNoRegister() {
        signIn("bookkeeper", DEMO_PASSWORD);
        assertFalse(isShown("#nav-register"));
    }

    /** Issue 9: with a Russian or Tajik layout the P and A keys type З and Ф; they mark just the same. */
    @Test
    void theSameKeysMarkUnderARussianOrTajikKeyboardLayout() {
        twoChildrenInDayCare();
        signIn("keyworker", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilIdle();
        assertFocusArrives(entries());
        clickRow("#registerEntries", 0);

        write("з"); // P on a Russian keyboard
        waitUntilIdle();
        write("Ф"); // A, with Shift
        waitUntilIdle();

        assertEquals(new DaySheet.Totals(2, 1, 1), todaysSheet().totals().get(ServiceType.DAY_CARE));
    }

    /** Issue 9: a day to come says so, and a refused key leaves the selection where it was. */
    @Test
    void aDayToComeCannotBeMarkedAndTheSelectionStays() {
        twoChildrenInDayCare();
        signIn("keyworker", DEMO_PASSWORD);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntilIdle();
        interact(() -> lookup("#registerDate").queryAs(javafx.scene.control.DatePicker.class).setValue(today().plusDays(1)));
        waitUntilIdle();
        assertEquals(shellLanguage().text("register.future"), textOf("#registerDayState"));
        clickRow("#registerEntries", 0);
        Object before = entries().getSelectionModel().getSelectedItem();

        write("p");
        waitUntilIdle();

        assertEquals(before, entries().getSelectionModel().getSelectedItem(), "the selection stays on the child");
        assertEquals(shellLanguage().text("error.registerFuture"), textOf("#registerMessage"));
    }
}
