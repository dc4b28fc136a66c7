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

    private final TestServices test = TestServices.inMemory().withSampleCentre();
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
        // checked-out stays would add admissions and discharges the other features' sample tests count
        assertEquals(EnumSet.of(BookingStatus.PLANNED, BookingStatus.CHECKED_IN, BookingStatus.CANCELLED), statuses);
        assertEquals(3, beds.waitingList(admin).size());
        assertTrue(beds.needsABed(admin).isEmpty(), "every short stay of the sample has its bed");
        assertTrue(beds.arrivalsAndLeavings(admin, today, today.plusDays(1)).size() >= 2, "arrivals on Today");
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
