package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.Sex;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.markaz.admissions.AdmissionsService;
import org.markaz.admissions.AdmissionsViewModel;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.BackgroundTask;
import org.markaz.core.ui.UserAction;
import org.markaz.core.ui.UiContext;

/**
 * Children and families: instant search on the left; the selected child's card and their
 * family's card on the right, both editable by administrators, directors and key workers.
 */
public final class ChildrenViewModel {

    private final UiContext context;
    private final ChildrenService childrenService;
    private final Actor actor;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty includeArchived = new SimpleBooleanProperty();
    private final ObservableList<ChildRow> results = FXCollections.observableArrayList();
    private final StringProperty resultCount = new SimpleStringProperty("");
    private final ObjectProperty<ChildRow> selected = new SimpleObjectProperty<>();
    private int searchSequence;

    private final ChildForm child = new ChildForm();
    private final FamilyForm family = new FamilyForm();
    private final ObservableList<CarerRow> carers = FXCollections.observableArrayList();
    private final ObservableList<ChildRow> familyChildren = FXCollections.observableArrayList();
    private final StringProperty newCarerName = new SimpleStringProperty("");
    private final StringProperty newCarerPhone = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final AdmissionsViewModel admissions;

    public ChildrenViewModel(UiContext context, Actor actor, ChildrenService childrenService, AdmissionsService admissionsService) {
        this.context = context;
        this.childrenService = childrenService;
        this.actor = actor;
        this.admissions = new AdmissionsViewModel(context, actor, admissionsService);
        searchText.addListener((obs, old, text) -> search());
        includeArchived.addListener((obs, old, value) -> search());
        selected.addListener((obs, old, row) -> {
            if (row != null) {
                open(row.id(), row.familyId());
            }
        });
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CHILDREN);
    }

    /** Runs the search for what is typed now; an answer to an older search is dropped. */
    public void search() {
        int sequence = ++searchSequence;
        String typed = searchText.get();
        boolean archived = includeArchived.get();
        BackgroundTask.of(() -> childrenService.search(actor, typed, archived))
                .onSuccess(rows -> {
                    if (sequence == searchSequence) {
                        results.setAll(rows);
                        resultCount.set(context.localization().text(rows.size() >= ChildrenService.SEARCH_LIMIT
                                ? "children.countLimited" : "children.count", rows.size()));
                    }
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private void open(long childId, long familyId) {
        message.set("");
        BackgroundTask.of(() -> new Opened(childrenService.child(actor, childId).orElse(null),
                        childrenService.family(actor, familyId).orElse(null)))
                .onSuccess(opened -> {
                    child.show(opened.child());
                    showFamily(opened.family());
                })
                .onFailure(message::set)
                .run(context.tasks(), context.localization());
    }

    private record Opened(ChildCard child, FamilyCard family) {
    }

    private void showFamily(FamilyCard card) {
        family.show(card);
        carers.setAll(card == null ? List.of() : card.carers());
        familyChildren.setAll(card == null ? List.of() : card.children());
        admissions.show(child.id.get(), carers);
    }

    /** The services and referrals of the child shown. */
    public AdmissionsViewModel admissions() {
        return admissions;
    }

    /** An empty family form; the child form empties too, as a new family has no children yet. */
    public void newFamily() {
        selected.set(null);
        family.show(null);
        child.show(null);
        carers.clear();
        familyChildren.clear();
        admissions.show(null, List.of());
        message.set(context.localization().text("children.newFamilyHint"));
    }

    /** An empty child form in the family shown. */
    public void newChildInFamily() {
        if (family.id.get() == null) {
            message.set(context.localization().text("children.saveFamilyFirst"));
            return;
        }
        selected.set(null);
        child.show(null);
        admissions.show(null, carers);
        message.set("");
    }

    public void saveFamily() {
        FamilyDetails details = family.details();
        Long id = family.id.get();
        run(() -> {
            long familyId = id == null ? childrenService.createFamily(actor, details) : id;
            if (id != null) {
                childrenService.updateFamily(actor, id, details);
            }
            return childrenService.family(actor, familyId).orElseThrow();
        }, card -> {
            showFamily(card);
            message.set(context.localization().text("children.familySaved", card.code()));
            search();
        });
    }

    public void saveChild() {
        saveChild(false);
    }

    private void saveChild(boolean duplicateConfirmed) {
        Long familyId = family.id.get();
        if (familyId == null) {
            message.set(context.localization().text("children.saveFamilyFirst"));
            return;
        }
        ChildDetails details = child.details(familyId);
        Long id = child.id.get();
        run(() -> childrenService.saveChild(actor, id, details, duplicateConfirmed), result -> {
            if (result instanceof ChildSaveResult.PossibleDuplicates duplicates) {
                String others = duplicates.children().stream()
                        .map(c -> c.fullName() + " (" + c.familyCode() + ")").collect(Collectors.joining(", "));
                if (context.dialogs().confirmDangerous(context.localization().text("children.duplicate", others))) {
                    saveChild(true);
                } else {
                    message.set(context.localization().text("children.notSaved"));
                }
                return;
            }
            long savedId = ((ChildSaveResult.Saved) result).childId();
            child.id.set(savedId);
            message.set(context.localization().text("children.childSaved"));
            reloadFamily();
            search();
        });
    }

    public void archiveChild() {
        Long id = child.id.get();
        if (id == null) {
            return;
        }
        context.dialogs().askText(context.localization().text("children.archiveReason")).ifPresent(reason ->
                run(() -> {
                    childrenService.archiveChild(actor, id, reason);
                    return Boolean.TRUE;
                }, done -> {
                    open(id, family.id.get());
                    search();
                    message.set(context.localization().text("children.archived"));
                }));
    }

    public void deleteChild() {
        Long id = child.id.get();
        if (id == null || !context.dialogs().confirmDangerous(context.localization().text("children.confirmDelete", child.fullName.get()))) {
            return;
        }
        run(() -> {
            childrenService.deleteEnteredByMistake(actor, id);
            return Boolean.TRUE;
        }, done -> {
            child.show(null);
            admissions.show(null, carers);
            reloadFamily();
            search();
            message.set(context.localization().text("children.deleted"));
        });
    }

    public void addCarer() {
        Long familyId = family.id.get();
        if (familyId == null) {
            message.set(context.localization().text("children.saveFamilyFirst"));
            return;
        }
        String name = newCarerName.get();
        String phone = newCarerPhone.get();
        run(() -> {
            childrenService.addCarer(actor, familyId, name, phone);
            return Boolean.TRUE;
        }, done -> {
            newCarerName.set("");
            newCarerPhone.set("");
            reloadFamily();
        });
    }

    /** How a carer is related to the child shown; null removes the link. */
    public void setRelationship(CarerRow carer, Relationship relationship) {
        Long childId = child.id.get();
        if (childId == null) {
            message.set(context.localization().text("children.saveChildFirst"));
            return;
        }
        run(() -> {
            childrenService.setRelationship(actor, childId, carer.id(), relationship);
            return Boolean.TRUE;
        }, done -> reloadFamily());
    }

    /** The relationship of a carer to the child shown, if any. */
    public Relationship relationshipToChild(CarerRow carer) {
        Long childId = child.id.get();
        return childId == null ? null : carer.relationships().get(childId);
    }

    private void reloadFamily() {
        Long familyId = family.id.get();
        if (familyId != null) {
            BackgroundTask.of(() -> childrenService.family(actor, familyId).orElse(null))
                    .onSuccess(this::showFamily)
                    .onFailure(message::set)
                    .run(context.tasks(), context.localization());
        }
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        new UserAction(context, busy, message).run(work, then);
    }

    public String age(LocalDate dateOfBirth) {
        java.time.Period age = java.time.Period.between(dateOfBirth, LocalDate.now(context.clock()));
        return context.localization().text("children.age", age.getYears(), age.getMonths());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty includeArchivedProperty() {
        return includeArchived;
    }

    public ObservableList<ChildRow> results() {
        return results;
    }

    public StringProperty resultCountProperty() {
        return resultCount;
    }

    public ObjectProperty<ChildRow> selectedProperty() {
        return selected;
    }

    public ChildForm child() {
        return child;
    }

    public FamilyForm family() {
        return family;
    }

    public ObservableList<CarerRow> carers() {
        return carers;
    }

    public ObservableList<ChildRow> familyChildren() {
        return familyChildren;
    }

    public StringProperty newCarerNameProperty() {
        return newCarerName;
    }

    public StringProperty newCarerPhoneProperty() {
        return newCarerPhone;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The child form's fields. */
    public static final class ChildForm {
        public final ObjectProperty<Long> id = new SimpleObjectProperty<>();
        public final StringProperty fullName = new SimpleStringProperty("");
        public final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
        public final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
        public final ObjectProperty<BirthCertificate> certificate = new SimpleObjectProperty<>(BirthCertificate.UNKNOWN);
        public final StringProperty disability = new SimpleStringProperty("");
        public final StringProperty notes = new SimpleStringProperty("");
        public final StringProperty archived = new SimpleStringProperty("");

        void show(ChildCard card) {
            id.set(card == null ? null : card.id());
            fullName.set(card == null ? "" : card.details().fullName());
            sex.set(card == null ? null : card.details().sex());
            dateOfBirth.set(card == null ? null : card.details().dateOfBirth());
            certificate.set(card == null ? BirthCertificate.UNKNOWN : card.details().birthCertificate());
            disability.set(card == null || card.details().disability() == null ? "" : card.details().disability());
            notes.set(card == null || card.details().notes() == null ? "" : card.details().notes());
            archived.set(card == null || card.archivedOn() == null ? "" : card.archiveReason());
        }

        ChildDetails details(long familyId) {
            return new ChildDetails(familyId, fullName.get(), sex.get(), dateOfBirth.get(), certificate.get(),
                    disability.get(), notes.get());
        }
    }

    /** The family form's fields. */
    public static final class FamilyForm {
        public final ObjectProperty<Long> id = new SimpleObjectProperty<>();
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty address = new SimpleStringProperty("");
        public final StringProperty district = new SimpleStringProperty("");
        public final StringProperty jamoat = new SimpleStringProperty("");
        public final ObjectProperty<Settlement> settlement = new SimpleObjectProperty<>(Settlement.URBAN);
        public final StringProperty phone = new SimpleStringProperty("");
        public final BooleanProperty singleParent = new SimpleBooleanProperty();
        public final BooleanProperty parentAbroad = new SimpleBooleanProperty();
        public final BooleanProperty disabilityInFamily = new SimpleBooleanProperty();
        public final BooleanProperty noDocuments = new SimpleBooleanProperty();
        public final BooleanProperty homeless = new SimpleBooleanProperty();
        public final StringProperty otherCircumstances = new SimpleStringProperty("");

        void show(FamilyCard card) {
            FamilyDetails d = card == null ? null : card.details();
            id.set(card == null ? null : card.id());
            code.set(card == null ? "" : card.code());
            address.set(d == null || d.address() == null ? "" : d.address());
            district.set(d == null ? "" : d.district());
            jamoat.set(d == null || d.jamoat() == null ? "" : d.jamoat());
            settlement.set(d == null ? Settlement.URBAN : d.settlement());
            phone.set(d == null || d.phone() == null ? "" : d.phone());
            singleParent.set(d != null && d.singleParent());
            parentAbroad.set(d != null && d.parentAbroad());
            disabilityInFamily.set(d != null && d.disabilityInFamily());
            noDocuments.set(d != null && d.noDocuments());
            homeless.set(d != null && d.homeless());
            otherCircumstances.set(d == null || d.otherCircumstances() == null ? "" : d.otherCircumstances());
        }

        FamilyDetails details() {
            return new FamilyDetails(address.get(), district.get(), jamoat.get(), settlement.get(), phone.get(),
                    singleParent.get(), parentAbroad.get(), disabilityInFamily.get(), noDocuments.get(), homeless.get(),
                    otherCircumstances.get());
        }
    }
}
