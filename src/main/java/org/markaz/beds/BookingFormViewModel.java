package org.markaz.beds;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.children.ChildrenService;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UiContext;
import org.markaz.core.ui.UserAction;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import org.markaz.shared.ServiceType;

/**
 * The booking dialog: the bed, the child found by typing (for mother-and-baby the baby, the
 * mother among the family's carers and any further babies), the stay's service and purpose, the
 * first and last night, notes. Saves a new booking or changes one; a refusal lands beside its field.
 */
public final class BookingFormViewModel implements SavingForm {

    private final UiContext context;
    private final Actor actor;
    private final BedsService beds;
    private final ChildrenService children;
    private final Consumer<String> onSaved;
    private final FieldErrors errors = new FieldErrors();

    private Long bookingId;
    private final ObservableList<Bed> bedChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Bed> bed = new SimpleObjectProperty<>();
    private final StringProperty childSearch = new SimpleStringProperty("");
    private final ObservableList<ChildRow> childMatches = FXCollections.observableArrayList();
    private final ObjectProperty<ChildRow> child = new SimpleObjectProperty<>();
    private final ObservableList<CarerRow> mothers = FXCollections.observableArrayList();
    private final ObjectProperty<CarerRow> mother = new SimpleObjectProperty<>();
    private final ObservableList<ChildRow> babyChoices = FXCollections.observableArrayList();
    private final ObservableList<ChildRow> moreBabies = FXCollections.observableArrayList();
    private final ObservableList<ServiceType> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceType> service = new SimpleObjectProperty<>();
    private final ObjectProperty<BookingPurpose> purpose = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstNight = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastNight = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty alreadyCheckedIn = new SimpleBooleanProperty();
    private final StringProperty extensionReason = new SimpleStringProperty("");
    private final BooleanProperty motherAndBaby = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final UserAction action;

    BookingFormViewModel(UiContext context, Actor actor, BedsService beds, ChildrenService children, List<Bed> bedsInOrder,
                         Consumer<String> onSaved) {
        this.context = context;
        this.actor = actor;
        this.beds = beds;
        this.children = children;
        this.onSaved = onSaved;
        this.action = new UserAction(context, busy, message);
        bedChoices.setAll(bedsInOrder);
        bed.addListener((obs, old, now) -> unitChosen(now));
        childSearch.addListener((obs, old, typed) -> search(typed));
        child.addListener((obs, old, now) -> childChosen(now));
    }

    void startNew(Bed onBed, LocalDate first, LocalDate last) {
        bed.set(onBed);
        firstNight.set(first);
        lastNight.set(last);
    }

    void startEdit(Booking booking) {
        bookingId = booking.id();
        bed.set(bedChoices.stream().filter(b -> b.id() == booking.bedId()).findFirst().orElse(null));
        service.set(booking.service());
        purpose.set(booking.purpose());
        firstNight.set(booking.firstNight());
        lastNight.set(booking.lastNight());
        notes.set(booking.notes() == null ? "" : booking.notes());
        extensionReason.set(booking.extensionReason() == null ? "" : booking.extensionReason());
        ChildRow row = new ChildRow(booking.childId(), booking.childName(), null, null, booking.familyId(), "", "", false);
        childMatches.setAll(row);
        child.set(row);
        loadFamily(booking.familyId(), booking.motherCarerId(), booking.moreBabies());
    }

    public boolean isNew() {
        return bookingId == null;
    }

    public boolean mayRecordPastStay() {
        return isNew();
    }

    private void unitChosen(Bed chosen) {
        boolean mothers = chosen != null && chosen.unit() == BedUnit.MOTHER_AND_BABY;
        motherAndBaby.set(mothers);
        services.setAll(mothers ? List.of(ServiceType.MOTHER_AND_BABY)
                : List.of(ServiceType.RESIDENTIAL_RESPITE, ServiceType.SHORT_STAY_WEEKDAY, ServiceType.SHORT_STAY_7DAY));
        if (!services.contains(service.get())) {
            service.set(services.get(0));
        }
        if (mothers) {
            purpose.set(BookingPurpose.MOTHER_AND_BABY);
        } else if (purpose.get() == null || purpose.get() == BookingPurpose.MOTHER_AND_BABY) {
            purpose.set(BookingPurpose.FAMILY_RESPITE);
        }
    }

    private void search(String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        BackgroundTask.of(() -> children.search(actor, typed, false))
                .onSuccess(found -> {
                    if (typed.equals(childSearch.get())) {
                        childMatches.setAll(found.size() > 50 ? found.subList(0, 50) : found);
                        // the best match is chosen as the user types; the list offers the others
                        if (!childMatches.isEmpty() && !childMatches.contains(child.get())) {
                            child.set(childMatches.get(0));
                        }
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private void childChosen(ChildRow row) {
        mothers.clear();
        babyChoices.clear();
        moreBabies.clear();
        mother.set(null);
        if (row != null) {
            loadFamily(row.familyId(), null, List.of());
        }
    }

    private void loadFamily(long familyId, Long motherId, List<Long> babies) {
        BackgroundTask.of(() -> children.family(actor, familyId))
                .onSuccess(card -> card.ifPresent(family -> {
                    mothers.setAll(family.carers());
                    mother.set(family.carers().stream().filter(c -> motherId != null && c.id() == motherId).findFirst()
                            .orElse(family.carers().isEmpty() ? null : family.carers().get(0)));
                    ChildRow chosen = child.get();
                    babyChoices.setAll(family.children().stream().filter(c -> chosen == null || c.id() != chosen.id()).toList());
                    moreBabies.setAll(babyChoices.stream().filter(c -> babies.contains(c.id())).toList());
                }))
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    /** Books (or changes the booking); the calendar is told and the dialog closes once saved. */
    @Override
    public void save() {
        BookingRequest request = request();
        Long editing = bookingId;
        action.run(() -> {
            if (editing == null) {
                return beds.book(actor, request);
            }
            beds.change(actor, editing, request);
            return editing;
        }, id -> {
            saved.set(true);
            onSaved.accept(context.localization().text("beds.saved"));
        }, errors);
    }

    BookingRequest request() {
        Bed chosenBed = bed.get();
        ChildRow chosen = child.get();
        boolean mothers = motherAndBaby.get();
        return new BookingRequest(chosenBed == null ? 0 : chosenBed.id(), chosen == null ? null : chosen.id(),
                mothers ? moreBabies.stream().map(ChildRow::id).toList() : List.of(),
                mothers && mother.get() != null ? mother.get().id() : null, service.get(), purpose.get(), firstNight.get(),
                lastNight.get(), notes.get(), isNew() && alreadyCheckedIn.get(),
                actor.may(Permission.CONFIRM_EXCEPTIONS) ? extensionReason.get() : null);
    }

    public boolean mayExtend() {
        return actor.may(Permission.CONFIRM_EXCEPTIONS);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<Bed> bedChoices() {
        return bedChoices;
    }

    public ObjectProperty<Bed> bedProperty() {
        return bed;
    }

    public StringProperty childSearchProperty() {
        return childSearch;
    }

    public ObservableList<ChildRow> childMatches() {
        return childMatches;
    }

    public ObjectProperty<ChildRow> childProperty() {
        return child;
    }

    public ObservableList<CarerRow> mothers() {
        return mothers;
    }

    public ObjectProperty<CarerRow> motherProperty() {
        return mother;
    }

    public ObservableList<ChildRow> babyChoices() {
        return babyChoices;
    }

    public ObservableList<ChildRow> moreBabies() {
        return moreBabies;
    }

    public ObservableList<ServiceType> services() {
        return services;
    }

    public ObjectProperty<ServiceType> serviceProperty() {
        return service;
    }

    public ObjectProperty<BookingPurpose> purposeProperty() {
        return purpose;
    }

    public ObjectProperty<LocalDate> firstNightProperty() {
        return firstNight;
    }

    public ObjectProperty<LocalDate> lastNightProperty() {
        return lastNight;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty alreadyCheckedInProperty() {
        return alreadyCheckedIn;
    }

    public StringProperty extensionReasonProperty() {
        return extensionReason;
    }

    public BooleanProperty motherAndBabyProperty() {
        return motherAndBaby;
    }

    @Override
    public BooleanProperty savedProperty() {
        return saved;
    }

    @Override
    public StringProperty messageProperty() {
        return message;
    }

    @Override
    public BooleanProperty busyProperty() {
        return busy;
    }
}
