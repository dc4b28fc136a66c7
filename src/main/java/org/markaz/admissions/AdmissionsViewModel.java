package org.markaz.admissions;

import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.shared.CarerRow;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UserAction;
import org.markaz.core.ui.UiContext;

/**
 * The services part of a child's card: enrolments with admitting and discharging, and
 * referrals with their decisions.
 */
public final class AdmissionsViewModel {

    private final UiContext context;
    private final AdmissionsService admissionsService;
    private final Actor actor;
    private final ObjectProperty<Long> childId = new SimpleObjectProperty<>();
    private final ObservableList<EnrolmentRow> enrolments = FXCollections.observableArrayList();
    private final ObservableList<ReferralRow> referrals = FXCollections.observableArrayList();
    private final ObservableList<CarerRow> carers = FXCollections.observableArrayList();

    private final ObjectProperty<ServiceType> service = new SimpleObjectProperty<>(ServiceType.DAY_CARE);
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> plannedEndOn = new SimpleObjectProperty<>();
    private final Map<DayOfWeek, BooleanProperty> weekdays = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<CarerRow> mother = new SimpleObjectProperty<>();
    private final StringProperty extensionReason = new SimpleStringProperty("");

    private final ObjectProperty<EnrolmentRow> selectedEnrolment = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<DischargeOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty dischargeNote = new SimpleStringProperty("");

    private final ObjectProperty<LocalDate> newPlannedEnd = new SimpleObjectProperty<>();
    private final StringProperty newPlannedEndReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> referredOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferralSource> source = new SimpleObjectProperty<>(ReferralSource.CRU);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty cruReference = new SimpleStringProperty("");
    private final ObjectProperty<ReferralRow> selectedReferral = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferralDecision> decision = new SimpleObjectProperty<>(ReferralDecision.ACCEPTED);
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();

    /** Each form's refusals stay next to it: beside its fields, and under its button. */
    private final Section admitting = new Section();
    private final Section discharging = new Section();
    private final Section extending = new Section();
    private final Section referring = new Section();
    private final Section deciding = new Section();
    /** What went wrong loading the child's services (shown above them). */
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AdmissionsViewModel(UiContext context, Actor actor, AdmissionsService admissionsService) {
        this.context = context;
        this.admissionsService = admissionsService;
        this.actor = actor;
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.put(day, new SimpleBooleanProperty(day.getValue() <= 5));
        }
        resetForms();
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CHILDREN);
    }

    /** Shows the services of a child (null: none shown, e.g. while a new child is typed in). */
    public void show(Long child, List<CarerRow> familyCarers) {
        childId.set(child);
        carers.setAll(familyCarers);
        message.set("");
        for (Section section : List.of(admitting, discharging, extending, referring, deciding)) {
            section.clear();
        }
        reload();
    }

    private void reload() {
        Long child = childId.get();
        if (child == null) {
            enrolments.clear();
            referrals.clear();
            return;
        }
        BackgroundTask.of(() -> new Loaded(admissionsService.enrolments(actor, child),
                        admissionsService.referrals(actor, child)))
                .onSuccess(loaded -> {
                    if (child.equals(childId.get())) {
                        enrolments.setAll(loaded.enrolments());
                        referrals.setAll(loaded.referrals());
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private record Loaded(List<EnrolmentRow> enrolments, List<ReferralRow> referrals) {
    }

    public void admit() {
        admit(false);
    }

    private void admit(boolean ageConfirmed) {
        Long child = childId.get();
        if (child == null) {
            admitting.message.set(context.localization().text("children.saveChildFirst"));
            return;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach((day, chosen) -> {
            if (chosen.get()) {
                days.add(day);
            }
        });
        ReferralRow referral = selectedReferral.get();
        Admission admission = new Admission(child, referral == null ? null : referral.id(), service.get(),
                mother.get() == null ? null : mother.get().id(), days, startsOn.get(), plannedEndOn.get(), ageConfirmed,
                extensionReason.get());
        run(admitting, () -> admissionsService.admit(actor, admission), result -> {
            if (result instanceof AdmitResult.NeedsAgeConfirmation older) {
                if (context.dialogs().confirm(context.localization().text("admissions.olderThanSeven", older.ageInYears()))) {
                    admit(true);
                } else {
                    admitting.message.set(context.localization().text("children.notSaved"));
                }
                return;
            }
            context.dialogs().notice(context.localization().text("admissions.admitted"));
            resetForms();
            reload();
        });
    }

    public void discharge() {
        EnrolmentRow enrolment = selectedEnrolment.get();
        if (enrolment == null) {
            discharging.message.set(context.localization().text("admissions.chooseEnrolment"));
            return;
        }
        LocalDate on = endsOn.get();
        DischargeOutcome chosen = outcome.get();
        String note = dischargeNote.get();
        run(discharging, () -> {
            admissionsService.discharge(actor, enrolment.id(), on, chosen, note);
            return Boolean.TRUE;
        }, done -> {
            context.dialogs().notice(context.localization().text("admissions.discharged"));
            resetForms();
            reload();
        });
    }

    /** Moves the planned end of the selected stay (past six months: a director, with the reason). */
    public void changePlannedEnd() {
        EnrolmentRow enrolment = selectedEnrolment.get();
        if (enrolment == null) {
            extending.message.set(context.localization().text("admissions.chooseEnrolment"));
            return;
        }
        LocalDate end = newPlannedEnd.get();
        String why = newPlannedEndReason.get();
        run(extending, () -> {
            admissionsService.changePlannedEnd(actor, enrolment.id(), end, why);
            return Boolean.TRUE;
        }, done -> {
            context.dialogs().notice(context.localization().text("admissions.plannedEndChanged"));
            newPlannedEnd.set(null);
            newPlannedEndReason.set("");
            reload();
        });
    }

    public ObjectProperty<LocalDate> newPlannedEndProperty() {
        return newPlannedEnd;
    }

    public StringProperty newPlannedEndReasonProperty() {
        return newPlannedEndReason;
    }

    public void recordReferral() {
        Long child = childId.get();
        if (child == null) {
            referring.message.set(context.localization().text("children.saveChildFirst"));
            return;
        }
        ReferralDetails details = new ReferralDetails(child, referredOn.get(), source.get(), reason.get(), cruReference.get());
        run(referring, () -> admissionsService.recordReferral(actor, details), id -> {
            context.dialogs().notice(context.localization().text("admissions.referralRecorded"));
            resetForms();
            reload();
        });
    }

    public void decideReferral() {
        ReferralRow referral = selectedReferral.get();
        if (referral == null) {
            deciding.message.set(context.localization().text("admissions.chooseReferral"));
            return;
        }
        ReferralDecision chosen = decision.get();
        LocalDate on = decidedOn.get();
        run(deciding, () -> {
            admissionsService.decideReferral(actor, referral.id(), chosen, on);
            return Boolean.TRUE;
        }, done -> {
            context.dialogs().notice(context.localization().text("admissions.decisionSaved"));
            reload();
        });
    }

    private void resetForms() {
        LocalDate today = LocalDate.now(context.clock());
        startsOn.set(today);
        plannedEndOn.set(null);
        extensionReason.set("");
        mother.set(null);
        endsOn.set(today);
        outcome.set(null);
        dischargeNote.set("");
        referredOn.set(today);
        reason.set("");
        cruReference.set("");
        decidedOn.set(today);
    }

    /** The warning shown beside a short stay of five months or more. */
    public boolean needsAttention(EnrolmentRow row) {
        return row.needsAttention(LocalDate.now(context.clock()));
    }

    private <T> void run(Section section, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        new UserAction(context, busy, section.message).run(work, then, section.errors);
    }

    /** One form of the card: what is wrong with its fields, and the refusal shown under its button. */
    public static final class Section {
        private final FieldErrors errors = new FieldErrors();
        private final StringProperty message = new SimpleStringProperty("");

        public FieldErrors errors() {
            return errors;
        }

        public StringProperty messageProperty() {
            return message;
        }

        void clear() {
            errors.clear();
            message.set("");
        }
    }

    public Section admitting() {
        return admitting;
    }

    public Section discharging() {
        return discharging;
    }

    public Section extending() {
        return extending;
    }

    public Section referring() {
        return referring;
    }

    public Section deciding() {
        return deciding;
    }

    public ObjectProperty<Long> childIdProperty() {
        return childId;
    }

    public ObservableList<EnrolmentRow> enrolments() {
        return enrolments;
    }

    public ObservableList<ReferralRow> referrals() {
        return referrals;
    }

    public ObservableList<CarerRow> carers() {
        return carers;
    }

    public ObjectProperty<ServiceType> serviceProperty() {
        return service;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> plannedEndOnProperty() {
        return plannedEndOn;
    }

    public BooleanProperty weekdayProperty(DayOfWeek day) {
        return weekdays.get(day);
    }

    public ObjectProperty<CarerRow> motherProperty() {
        return mother;
    }

    public StringProperty extensionReasonProperty() {
        return extensionReason;
    }

    public ObjectProperty<EnrolmentRow> selectedEnrolmentProperty() {
        return selectedEnrolment;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public ObjectProperty<DischargeOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty dischargeNoteProperty() {
        return dischargeNote;
    }

    public ObjectProperty<LocalDate> referredOnProperty() {
        return referredOn;
    }

    public ObjectProperty<ReferralSource> sourceProperty() {
        return source;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty cruReferenceProperty() {
        return cruReference;
    }

    public ObjectProperty<ReferralRow> selectedReferralProperty() {
        return selectedReferral;
    }

    public ObjectProperty<ReferralDecision> decisionProperty() {
        return decision;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
