package org.markaz.beds;

import static org.markaz.core.feature.SampleContext.broken;
import static org.markaz.core.feature.SampleContext.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.security.Actor;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.SampleChildren;
import org.markaz.shared.ServiceType;

/**
 * The beds' share of the sample centre: 30 respite and short-stay beds in 8 rooms and 4
 * mother-and-baby rooms (beds.csv), a quarter of bookings around today in every status
 * (bookings.csv: the residents admitted by the admissions' share get their beds, respite stays
 * some weeks ago have been and gone, others are planned, two cancelled) and a waiting list
 * (bed_requests.csv). Written through the beds service in date order, so every rule holds and
 * stays are admitted and discharged as they would be by hand. The past stays end before the
 * register's four marked weeks, whose days are all marked.
 *
 * <p>The sample's birth dates move on by whole years only (ChildrenSample) while its bookings
 * move with today, so a child named for a respite stay may have turned seven by the time the
 * sample is made: that stay then goes to another child of the sample young enough and free then
 * (see {@link RespiteChildren}).
 */
public final class BedsSample implements SampleShare {

    private record SampleBooking(CSVRecord line, long childId, String bed, ServiceType service, BookingPurpose purpose,
                                 int firstDays, int nights, BookingStatus status, Long motherId, String notes) {
    }

    @Override
    public void load(SampleContext context) {
        BedsService beds = context.services().get(BedsService.class);
        Actor actor = context.actor();
        LocalDate today = context.today();
        SampleChildren people = context.get(SampleChildren.class);
        Map<String, Long> bedIds = new HashMap<>();
        String file = "beds.csv";
        for (CSVRecord line : SampleContext.read(file)) {
            String label = line.get("label").strip();
            bedIds.put(label, beds.saveBed(actor, null, new BedDetails(parse(BedUnit.class, file, line, line.get("unit")),
                    line.get("room").strip(), label, today.minusYears(2), null)));
        }
        List<SampleBooking> bookings = bookings(people);
        bookings.sort(Comparator.comparingInt(SampleBooking::firstDays));
        RespiteChildren respite = new RespiteChildren(context, people);
        for (SampleBooking b : bookings) {
            if (b.service() != ServiceType.RESIDENTIAL_RESPITE && b.status() != BookingStatus.CANCELLED) {
                respite.hold(b.childId(), today.plusDays(b.firstDays()), today.plusDays(b.firstDays() + b.nights() - 1L));
            }
        }
        for (SampleBooking b : bookings) {
            Long bed = bedIds.get(b.bed());
            if (bed == null) {
                throw broken("bookings.csv", b.line(), "no bed " + b.bed());
            }
            LocalDate first = today.plusDays(b.firstDays());
            LocalDate last = first.plusDays(b.nights() - 1L);
            long childId = b.childId();
            if (b.service() == ServiceType.RESIDENTIAL_RESPITE) {
                Optional<Long> chosen = respite.choose(b.childId(), first, last, b.status() != BookingStatus.CANCELLED);
                if (chosen.isEmpty()) {
                    continue; // no child of the sample is under seven then
                }
                childId = chosen.get();
            }
            boolean begun = b.status() == BookingStatus.CHECKED_IN || b.status() == BookingStatus.CHECKED_OUT;
            long id = beds.book(actor, new BookingRequest(bed, childId, List.of(), b.motherId(), b.service(), b.purpose(),
                    first, last, b.notes(), begun && first.isBefore(today), null));
            if (begun && !first.isBefore(today)) {
                beds.checkIn(actor, id, today);
            }
            if (b.status() == BookingStatus.CHECKED_OUT) {
                beds.checkOut(actor, id, last.plusDays(1), DischargeOutcome.RETURNED_TO_PARENTS, null);
            } else if (b.status() == BookingStatus.CANCELLED) {
                beds.cancel(actor, id);
            }
        }
        file = "bed_requests.csv";
        for (CSVRecord line : SampleContext.read(file)) {
            beds.request(actor, new BedRequest(child(people, file, line), parse(BedUnit.class, file, line, line.get("unit")),
                    today.plusDays(number(file, line, "wanted_days")), number(file, line, "nights"),
                    number(file, line, "priority"), line.get("reason").strip()));
        }
    }

    private static List<SampleBooking> bookings(SampleChildren people) {
        String file = "bookings.csv";
        List<SampleBooking> bookings = new ArrayList<>();
        for (CSVRecord line : SampleContext.read(file)) {
            String mother = line.get("mother").strip();
            Long motherId = mother.isEmpty() ? null : people.carerIds().get(mother);
            if (!mother.isEmpty() && motherId == null) {
                throw broken(file, line, "no carer " + mother);
            }
            String notes = line.get("notes").strip();
            bookings.add(new SampleBooking(line, child(people, file, line), line.get("bed").strip(),
                    parse(ServiceType.class, file, line, line.get("service")), parse(BookingPurpose.class, file, line, line.get("purpose")),
                    number(file, line, "first_days"), number(file, line, "nights"),
                    parse(BookingStatus.class, file, line, line.get("status")), motherId, notes.isEmpty() ? null : notes));
        }
        return bookings;
    }

    private static long child(SampleChildren people, String file, CSVRecord line) {
        Long id = people.childIds().get(line.get("child").strip());
        if (id == null) {
            throw broken(file, line, "no child " + line.get("child"));
        }
        return id;
    }

    private static int number(String file, CSVRecord line, String column) {
        try {
            return Integer.parseInt(line.get(column).strip());
        } catch (NumberFormatException e) {
            throw broken(file, line, column + " is not a number");
        }
    }
}
