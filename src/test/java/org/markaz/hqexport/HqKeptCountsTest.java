package org.markaz.hqexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.Actor;
import org.markaz.register.AbsenceReason;
import org.markaz.register.Mark;
import org.markaz.register.RegisterService;
import org.markaz.testsupport.TestServices;

/**
 * The screen's figures kept between openings (ADR 0028): always those a fresh count gives; a
 * write counts again the sources that read its table, and only those.
 */
class HqKeptCountsTest {

    private static TestServices test;
    private static Actor director;
    private static Actor admin;
    private static HqExportService service;

    @BeforeAll
    static void sample() {
        test = TestServices.sampleCentre();
        director = test.signIn("director");
        admin = test.signIn("admin");
        service = test.services().get(HqExportService.class);
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static ExportPeriod thisMonth() {
        return ExportPeriod.parse(YearMonth.now(test.clock()).toString());
    }

    private static void mark(boolean present) {
        LocalDate today = LocalDate.now(test.clock());
        RegisterService register = test.services().get(RegisterService.class);
        var entry = register.day(admin, today).entries().get(0);
        register.mark(admin, entry.childId(), today, entry.unplanned(),
                present ? Mark.present(LocalTime.of(8, 30)) : Mark.absent(AbsenceReason.ILL));
    }

    private static void sameAsFresh(IndicatorTable shown) {
        assertEquals(service.fresh(director, shown.period()).values().all(), shown.values().all());
    }

    @Test
    void aMarkInThePeriodIsShownAtOnceAndOnlyTheSourcesReadingTheRegisterCountAgain() {
        ExportPeriod month = thisMonth();
        mark(true);
        IndicatorTable present = service.table(director, month);
        sameAsFresh(present);
        assertEquals(Set.of("ReachIndicators", "AdmissionsIndicators", "RegisterIndicators", "BedsIndicators",
                "CasesIndicators", "AidIndicators"), service.keptSources(month));
        assertEquals(present.values().all(), service.table(director, month).values().all(), "nothing written: the same");

        mark(false);
        Set<String> kept = service.keptSources(month);
        assertFalse(kept.contains("RegisterIndicators"), "the register was written");
        assertFalse(kept.contains("ReachIndicators"), "reach reads the register");
        assertTrue(kept.contains("AidIndicators"), "aid reads nothing of the register: kept");
        assertTrue(kept.contains("BedsIndicators"));
        IndicatorTable absent = service.table(director, month);
        sameAsFresh(absent);
        assertNotEquals(present.values().all(), absent.values().all(), "a day present less");
    }

    @Test
    void aMarkTodayLeavesAPastQuartersFiguresKeptAndTheyStayThoseOfAFreshCount() {
        ExportPeriod past = ExportPeriod.parse("2026Q2");
        service.table(director, past);
        mark(true);
        mark(false);
        assertEquals(6, service.keptSources(past).size(), "the register and reach read marks by their day only");
        sameAsFresh(service.table(director, past));
    }

    @Test
    void aPeriodKeptIsNotTouchedByAWriteInATableItDoesNotRead() {
        ExportPeriod quarter = ExportPeriod.parse("2026Q1");
        IndicatorTable first = service.table(director, quarter);
        sameAsFresh(first);
        test.services().transactions().run(tx -> tx.update(org.markaz.db.Tables.SETTING)
                .set(org.markaz.db.Tables.SETTING.SETTING_VALUE, "4")
                .where(org.markaz.db.Tables.SETTING.NAME.eq("register.absence_alert_days")).execute());
        assertEquals(6, service.keptSources(quarter).size(), "no source reads the settings");
        sameAsFresh(service.table(director, quarter));
    }
}
