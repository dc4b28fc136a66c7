package org.markaz.beds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.markaz.core.security.Actor;
import org.markaz.testsupport.TestServices;

class BedsSampleTest {

    private final TestServices test = TestServices.sampleCentre();
    private final BedsService beds = test.services().get(BedsService.class);
    private final Actor admin = test.signIn("admin");
    private final LocalDate today = LocalDate.now(test.clock());

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theSampleCentreHasItsBedsAQuarterOfBookingsInEveryStatusAndAWaitingList() {
        List<Bed> all = beds.beds(admin);
        assertEquals(30, all.stream().filter(b -> b.unit() == BedUnit.RESPITE).count());
        assertEquals(8, all.stream().filter(b -> b.unit() == BedUnit.RESPITE).map(Bed::room).distinct().count());
        assertEquals(4, all.stream().filter(b -> b.unit() == BedUnit.MOTHER_AND_BABY).count());
        BedCalendar quarter = beds.calendar(admin, today.minusDays(45), today.plusDays(45), true);
        Set<BookingStatus> statuses = quarter.bookings().stream().map(Booking::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(BookingStatus.class), statuses);
        assertEquals(3, beds.waitingList(admin).size());
        assertTrue(beds.needsABed(admin).isEmpty(), "every short stay of the sample has its bed");
        assertTrue(beds.arrivalsAndLeavings(admin, today, today.plusDays(1)).size() >= 2, "arrivals on Today");
    }

    @Test
    void pastRespiteStaysWereAdmittedAndDischargedBeforeTheRegistersMarkedWeeks() {
        List<Booking> left = beds.calendar(admin, today.minusDays(90), today, false).bookings().stream()
                .filter(b -> b.status() == BookingStatus.CHECKED_OUT).toList();
        assertEquals(3, left.size());
        for (Booking b : left) {
            assertEquals(b.lastNight().plusDays(1), b.checkedOutOn());
            assertTrue(b.checkedOutOn().isBefore(today.minusDays(28)), "before the register's four marked weeks");
            assertEquals(1, count("select count(*) from enrolment where id = ? and service = 'RESIDENTIAL_RESPITE' "
                    + "and starts_on = ? and ends_on = ? and discharge_outcome is not null", b.enrolmentId(), b.firstNight(),
                    b.checkedOutOn()));
        }
        assertEquals(0, count("select count(*) from enrolment where service = 'RESIDENTIAL_RESPITE' and ends_on is null"),
                "no respite admission left open between stays");
    }

    /** The sample's birth dates are fixed and its stays move with today: every respite stay goes to a child under seven. */
    @Test
    void everyRespiteStayIsForAChildUnderSevenOnItsLastNight() {
        assertEquals(0, count("select count(*) from booking b join child c on c.id = b.child_id "
                + "where b.service = 'RESIDENTIAL_RESPITE' and b.last_night >= dateadd(year, 7, c.date_of_birth)"));
        assertEquals(0, count("select count(*) from booking a join booking b on a.child_id = b.child_id and a.id < b.id "
                + "where a.status <> 'CANCELLED' and b.status <> 'CANCELLED' "
                + "and a.first_night <= b.last_night and b.first_night <= a.last_night"));
    }

    @Test
    void aChildTooOldByThenIsReplacedByTheFirstChildYoungEnoughAndFree() {
        try (TestServices later = TestServices.inMemory()) {
            // the sample made a year from now: Amina Yusupova, named for a stay in a month, is seven by then
            later.clock().advance(java.time.Duration.ofDays(365));
            later.withSampleCentre();
            var dsl = later.database().dsl();
            int respite = dsl.fetchOne("select count(*) from booking where service = 'RESIDENTIAL_RESPITE'").get(0, Integer.class);
            assertTrue(respite > 0, "respite stays still booked");
            assertEquals(0, dsl.fetchOne("select count(*) from booking b join child c on c.id = b.child_id "
                    + "where b.service = 'RESIDENTIAL_RESPITE' and b.last_night >= dateadd(year, 7, c.date_of_birth)")
                    .get(0, Integer.class));
        }
    }

    private int count(String sql, Object... binds) {
        return test.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    @Test
    void todaySaysWhoArrivesAndLeavesTodayAndTomorrow() {
        var english = new org.markaz.core.i18n.Localization(org.markaz.core.i18n.Language.ENGLISH);
        var card = new BedsTodayItem(beds).read(admin, english, today);
        assertTrue(card.lines().contains(english.text("beds.today.arrives", english.text("beds.today.today"), "Марям Мирзоева", "3-Б")),
                card.lines().toString());
        assertTrue(card.lines().contains(english.text("beds.today.arrives", english.text("beds.today.tomorrow"), "Сафина Давлатова",
                "3-В")), card.lines().toString());
    }

    @Test
    void theMonthPrintsAsAPdf() throws Exception {
        var english = new org.markaz.core.i18n.Localization(org.markaz.core.i18n.Language.RUSSIAN);
        var out = new java.io.ByteArrayOutputStream();
        CalendarPdf.write(beds.calendar(admin, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(3).minusDays(1), false),
                "Хуҷанд", english, out);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Марям Мирзоева"), "bookings listed");
            assertTrue(pdf.getNumberOfPages() >= 3, "a quarter prints month by month");
            assertTrue(pdf.getPage(0).getMediaBox().getWidth() > pdf.getPage(0).getMediaBox().getHeight(), "landscape");
        }
    }
}
