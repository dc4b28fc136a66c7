package org.markaz.beds;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.markaz.children.ChildrenService;
import org.markaz.core.audit.AuditService;
import org.markaz.core.centre.CentreService;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.ChangeWatch;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;
import org.markaz.shared.DischargeOutcome;

/**
 * The bed calendar: beds as rows (grouped by unit, then room), the period's days as columns, a
 * cursor cell moved by keys or mouse, a selection of free nights on one bed to book, the booking
 * under the cursor to edit, move, check in or out; per day and unit the nights occupied. Holds
 * the rows and the bookings by bed, so the canvas draws a visible cell without searching.
 */
public final class CalendarViewModel {

    private final UiContext context;
    private final Actor actor;
    private final BedsService beds;
    private final ChildrenService children;
    private final CentreService centres;
    private final ChangeWatch changes;

    private final ObjectProperty<CalendarPeriod> period = new SimpleObjectProperty<>(CalendarPeriod.MONTH);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final BooleanProperty showCancelled = new SimpleBooleanProperty();
    private final List<CalendarRow> rows = new ArrayList<>();
    private final Map<Long, List<Booking>> bookingsByBed = new HashMap<>();
    private final Map<BedUnit, int[]> occupied = new EnumMap<>(BedUnit.class);
    private final Map<BedUnit, int[]> places = new EnumMap<>(BedUnit.class);
    /** Counts up each time the rows or bookings change: the canvas redraws on it. */
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final IntegerProperty cursorRow = new SimpleIntegerProperty(-1);
    private final ObjectProperty<LocalDate> cursorDay = new SimpleObjectProperty<>();
    /** The free nights chosen on one bed: the row, and the first and last night (anchor and end, either order). */
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<Booking> selectedBooking = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final UserAction action;

    /** Nights chosen on the bed of a row; {@code anchor} is where the choice began. */
    public record Selection(int row, LocalDate anchor, LocalDate end) {
        public LocalDate first() {
            return anchor.isBefore(end) ? anchor : end;
        }

        public LocalDate last() {
            return anchor.isBefore(end) ? end : anchor;
        }

        public boolean holds(int r, LocalDate day) {
            return r == row && !day.isBefore(first()) && !day.isAfter(last());
        }
    }

    public CalendarViewModel(UiContext context, Actor actor, BedsService beds, ChildrenService children, CentreService centres,
                             AuditService audit) {
        this.context = context;
        this.centres = centres;
        this.actor = actor;
        this.beds = beds;
        this.children = children;
        this.changes = new ChangeWatch(audit, actor);
        this.action = new UserAction(context, busy, message);
        from.set(period.get().start(today()));
        cursorDay.set(today());
        period.addListener((obs, old, now) -> {
            from.set(now.start(cursorDay.get()));
            load();
        });
        showCancelled.addListener((obs, old, now) -> load());
        cursorRow.addListener((obs, old, now) -> followCursor());
        cursorDay.addListener((obs, old, now) -> followCursor());
        selection.addListener((obs, old, now) -> status.set(statusText()));
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public boolean mayBook() {
        return actor.may(Permission.BOOK_BEDS);
    }

    // ---- reading

    public void load() {
        LocalDate start = from.get();
        LocalDate end = period.get().end(start);
        BackgroundTask.of(() -> {
                    changes.changedSinceLastLook();
                    return beds.calendar(actor, start, end, showCancelled.get());
                })
                .onSuccess(calendar -> {
                    if (calendar.from().equals(from.get())) {
                        show(calendar);
                    }
                })
                .onFailure(text -> {
                    changes.forget();
                    message.set(text);
                })
                .run(context.tasks(), context.localization());
    }

    /** Back on the calendar: read it again only if anything was written meanwhile. */
    public void refreshIfChanged() {
        changes.reloadIfChanged(context, this::load, message::set);
    }

    private void show(BedCalendar calendar) {
        Long cursorBed = cursorBed().map(Bed::id).orElse(null);
        rows.clear();
        BedUnit unit = null;
        String room = null;
        List<Bed> sorted = new ArrayList<>(calendar.beds());
        sorted.sort(Comparator.comparing(Bed::unit).thenComparing(Bed::room).thenComparing(Bed::label));
        for (Bed bed : sorted) {
            if (bed.unit() != unit) {
                unit = bed.unit();
                room = null;
                rows.add(CalendarRow.heading(unit));
            }
            rows.add(new CalendarRow(unit, bed, !bed.room().equals(room)));
            room = bed.room();
        }
        bookingsByBed.clear();
        calendar.bookings().forEach(b -> bookingsByBed.computeIfAbsent(b.bedId(), k -> new ArrayList<>()).add(b));
        countNights(calendar);
        int row = cursorBed == null ? firstBedRow() : rowOfBed(cursorBed).orElse(firstBedRow());
        title.set(context.localization().text("beds.periodTitle", context.localization().formatDate(calendar.from()),
                context.localization().formatDate(calendar.to())));
        version.set(version.get() + 1);
        cursorRow.set(row);
        if (cursorDay.get().isBefore(calendar.from()) || cursorDay.get().isAfter(calendar.to())) {
            cursorDay.set(calendar.from());
        }
        followCursor();
    }

    private void countNights(BedCalendar calendar) {
        int days = days();
        occupied.clear();
        places.clear();
        for (BedUnit unit : BedUnit.values()) {
            occupied.put(unit, new int[days]);
            places.put(unit, new int[days]);
        }
        for (Bed bed : calendar.beds()) {
            for (int d = 0; d < days; d++) {
                if (bed.inUseOn(calendar.from().plusDays(d))) {
                    places.get(bed.unit())[d]++;
                }
            }
        }
        for (Booking booking : calendar.bookings()) {
            if (booking.status() == BookingStatus.CANCELLED) {
                continue;
            }
            for (int d = 0; d < days; d++) {
                LocalDate night = calendar.from().plusDays(d);
                if (booking.holds(night) && !booking.atHomeOn(night)) {
                    occupied.get(booking.unit())[d]++;
                }
            }
        }
    }

    // ---- what the canvas reads

    public List<CalendarRow> rows() {
        return rows;
    }

    public List<Booking> bookingsOf(long bedId) {
        return bookingsByBed.getOrDefault(bedId, List.of());
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from.get(), period.get().end(from.get())) + 1;
    }

    public LocalDate day(int index) {
        return from.get().plusDays(index);
    }

    /** Nights occupied on a day of the period by a unit (children at home for the weekend not counted). */
    public int occupied(BedUnit unit, int dayIndex) {
        int[] counts = occupied.get(unit);
        return counts == null || dayIndex >= counts.length ? 0 : counts[dayIndex];
    }

    public int places(BedUnit unit, int dayIndex) {
        int[] counts = places.get(unit);
        return counts == null || dayIndex >= counts.length ? 0 : counts[dayIndex];
    }

    /** What a footer cell says: "12" and, beneath, the percent of places ("40%"). */
    public String footerText(BedUnit unit, int dayIndex) {
        int of = places(unit, dayIndex);
        int taken = occupied(unit, dayIndex);
        return of == 0 ? "" : taken + "\n" + Math.round(100.0 * taken / of) + "%";
    }

    public Optional<Booking> bookingAt(int row, LocalDate day) {
        if (row < 0 || row >= rows.size() || rows.get(row).isHeading()) {
            return Optional.empty();
        }
        return bookingsOf(rows.get(row).bed().id()).stream().filter(b -> b.holds(day)).findFirst();
    }

    private Optional<Bed> cursorBed() {
        int row = cursorRow.get();
        return row < 0 || row >= rows.size() ? Optional.empty() : Optional.ofNullable(rows.get(row).bed());
    }

    private int firstBedRow() {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isHeading()) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Integer> rowOfBed(long bedId) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isHeading() && rows.get(i).bed().id() == bedId) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    // ---- moving

    /** Moves the cursor by rows (skipping headings) and days; with {@code extend}, the selection grows with it. */
    public void moveCursor(int rowStep, int daySteps, boolean extend) {
        int row = cursorRow.get();
        if (rowStep != 0 && !extend) {
            int next = row + rowStep;
            while (next >= 0 && next < rows.size() && rows.get(next).isHeading()) {
                next += rowStep;
            }
            if (next >= 0 && next < rows.size()) {
                row = next;
            }
        }
        LocalDate day = cursorDay.get().plusDays(daySteps);
        if (day.isBefore(from.get())) {
            from.set(period.get().previous(from.get()));
            load();
        } else if (day.isAfter(period.get().end(from.get()))) {
            from.set(period.get().next(from.get()));
            load();
        }
        setCursor(row, day, extend);
    }

    /** Puts the cursor on a cell (a click); with {@code extend} (shift, or a drag) the selection reaches it. */
    public void setCursor(int row, LocalDate day, boolean extend) {
        if (row < 0 || row >= rows.size() || rows.get(row).isHeading()) {
            return;
        }
        Selection chosen = selection.get();
        if (extend && chosen != null && chosen.row() == row) {
            selection.set(new Selection(row, chosen.anchor(), day));
        } else if (extend && chosen == null && cursorRow.get() == row && cursorDay.get() != null) {
            selection.set(new Selection(row, cursorDay.get(), day));
        } else {
            selection.set(null);
        }
        cursorRow.set(row);
        cursorDay.set(day);
    }

    public void previousPeriod() {
        from.set(period.get().previous(from.get()));
        cursorDay.set(from.get());
        selection.set(null);
        load();
    }

    public void nextPeriod() {
        from.set(period.get().next(from.get()));
        cursorDay.set(from.get());
        selection.set(null);
        load();
    }

    public void goToToday() {
        LocalDate today = today();
        selection.set(null);
        cursorDay.set(today);
        if (!from.get().equals(period.get().start(today))) {
            from.set(period.get().start(today));
            load();
        }
    }

    private void followCursor() {
        LocalDate day = cursorDay.get();
        Optional<Booking> booking = day == null ? Optional.empty() : bookingAt(cursorRow.get(), day);
        selectedBooking.set(booking.orElse(null));
        status.set(statusText());
    }

    /** What the line under the calendar says about the cursor: the bed and night, and the booking there. */
    private String statusText() {
        Optional<Bed> bed = cursorBed();
        if (bed.isEmpty() || cursorDay.get() == null) {
            return "";
        }
        var text = context.localization();
        Booking booking = selectedBooking.get();
        String where = text.text("beds.cursor", bed.get().room(), bed.get().label(), text.formatDate(cursorDay.get()));
        if (booking == null) {
            Selection chosen = selection.get();
            return chosen == null ? where + " — " + text.text("beds.free")
                    : where + " — " + text.text("beds.selectedNights", ChronoUnit.DAYS.between(chosen.first(), chosen.last()) + 1);
        }
        return where + " — " + booking.title() + ", " + text.text(booking.status().nameKey()) + ", "
                + text.text("beds.nights", text.formatDate(booking.firstNight()), text.formatDate(booking.lastNight()));
    }

    // ---- acting

    /** A form for the chosen nights (or the cursor's night), empty when the cursor is on a booking or a heading. */
    public Optional<BookingFormViewModel> newBooking() {
        Optional<Bed> bed = cursorBed();
        if (!mayBook() || bed.isEmpty() || selectedBooking.get() != null && selection.get() == null) {
            return Optional.empty();
        }
        Selection chosen = selection.get();
        LocalDate first = chosen == null ? cursorDay.get() : chosen.first();
        LocalDate last = chosen == null ? cursorDay.get() : chosen.last();
        BookingFormViewModel form = new BookingFormViewModel(context, actor, beds, children, bedsInOrder(), this::bookingSaved);
        form.startNew(bed.get(), first, last);
        return Optional.of(form);
    }

    /** A form for the booking under the cursor. */
    public Optional<BookingFormViewModel> editBooking() {
        Booking booking = selectedBooking.get();
        if (!mayBook() || booking == null) {
            return Optional.empty();
        }
        BookingFormViewModel form = new BookingFormViewModel(context, actor, beds, children, bedsInOrder(), this::bookingSaved);
        form.startEdit(booking);
        return Optional.of(form);
    }

    private List<Bed> bedsInOrder() {
        return rows.stream().filter(r -> !r.isHeading()).map(CalendarRow::bed).toList();
    }

    private void bookingSaved(String notice) {
        selection.set(null);
        context.dialogs().notice(notice);
        load();
    }

    /** A bar dragged to another bed or days: the same booking moved, under the same rules. */
    public void move(Booking booking, int toRow, LocalDate newFirstNight) {
        if (toRow < 0 || toRow >= rows.size() || rows.get(toRow).isHeading()) {
            return;
        }
        long bedId = rows.get(toRow).bed().id();
        LocalDate newLast = newFirstNight.plusDays(booking.nights() - 1);
        if (bedId == booking.bedId() && newFirstNight.equals(booking.firstNight())) {
            return;
        }
        change(booking, booking.asRequest().movedTo(bedId, newFirstNight, newLast));
    }

    /** A bar's end dragged: the same booking with a new last night. */
    public void stretch(Booking booking, LocalDate newLastNight) {
        if (newLastNight.equals(booking.lastNight())) {
            return;
        }
        change(booking, booking.asRequest().movedTo(booking.bedId(), booking.firstNight(), newLastNight));
    }

    private void change(Booking booking, BookingRequest request) {
        action.run(() -> {
            beds.change(actor, booking.id(), request);
            return null;
        }, done -> bookingSaved(context.localization().text("beds.saved")));
    }

    public void checkIn() {
        Booking booking = selectedBooking.get();
        if (booking == null) {
            return;
        }
        LocalDate today = today();
        action.run(() -> {
            beds.checkIn(actor, booking.id(), today);
            return null;
        }, done -> bookingSaved(context.localization().text("beds.checkedIn", booking.title())));
    }

    public void cancelBooking() {
        Booking booking = selectedBooking.get();
        if (booking == null || !context.dialogs().confirmDangerous(context.localization().text("beds.confirmCancel", booking.title()))) {
            return;
        }
        action.run(() -> {
            beds.cancel(actor, booking.id());
            return null;
        }, done -> bookingSaved(context.localization().text("beds.cancelled")));
    }

    /** Asks whether checking out the booking under the cursor ends its admission (then the outcome is needed). */
    public void askCheckOut(java.util.function.BiConsumer<Booking, Boolean> then) {
        Booking booking = selectedBooking.get();
        if (booking == null) {
            return;
        }
        action.run(() -> beds.endsAdmission(actor, booking.id()), ends -> then.accept(booking, ends));
    }

    public void checkOut(LocalDate leftOn, DischargeOutcome outcome, String note) {
        Booking booking = selectedBooking.get();
        if (booking == null) {
            return;
        }
        action.run(() -> {
            beds.checkOut(actor, booking.id(), leftOn, outcome, note);
            return null;
        }, done -> bookingSaved(context.localization().text("beds.checkedOut", booking.title())));
    }

    /** The period shown, as a landscape PDF (a quarter prints month by month). */
    public void print() {
        LocalDate start = from.get();
        LocalDate end = period.get().end(start);
        var text = context.localization();
        context.dialogs().choosePdfToSave(text.text("beds.printTitle"), "beds-" + start + ".pdf").ifPresent(file ->
                action.run(() -> {
                    BedCalendar calendar = beds.calendar(actor, start, end, false);
                    String centre = centres.current(actor).map(c -> c.name()).orElse("");
                    try (var out = java.nio.file.Files.newOutputStream(file)) {
                        CalendarPdf.write(calendar, centre, text, out);
                    }
                    return file;
                }, saved -> context.dialogs().notice(text.text("beds.printed", saved.toString()))));
    }

    // ---- properties

    public ObjectProperty<CalendarPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    public IntegerProperty versionProperty() {
        return version;
    }

    public IntegerProperty cursorRowProperty() {
        return cursorRow;
    }

    public ObjectProperty<LocalDate> cursorDayProperty() {
        return cursorDay;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ObjectProperty<Booking> selectedBookingProperty() {
        return selectedBooking;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
