package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.Sex;
import org.markaz.shared.CarerRow;
import org.markaz.shared.ChildRow;
import org.markaz.shared.FamilyRow;
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
import org.markaz.core.ui.FieldErrors;
import org.markaz.core.ui.UserAction;
import org.markaz.core.ui.UiContext;

/**
 * Children and families: instant search on the left; on the right the card of the child or
 * family shown, in tabs (the child, their services, their referrals, their family), each task
 * fitting one screen. After a save the saved record is the one shown and selected, so whatever
 * the user does next lands on it; each form's refusals stay beside its fields and button.
 */
public final class ChildrenViewModel {

    /** The tabs of the card, in their order on screen. */
    public enum CardTab { CHILD, SERVICES, REFERRALS, FAMILY }

    private final UiContext context;
    private final ChildrenService childrenService;
    private final Actor actor;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty includeArchived = new SimpleBooleanProperty();
    private final ObservableList<ChildRow> results = FXCollections.observableArrayList();
    private final StringProperty resultCount = new SimpleStringProperty("");
    private final ObjectProperty<ChildRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<SearchMode> searchMode = new SimpleObjectProperty<>();
    private final ObservableList<FamilyRow> familyResults = FXCollections.observableArrayList();
    /** The row of the family results that is the family shown (null when they do not hold it). */
    private final ObjectProperty<FamilyRow> selectedFamily = new SimpleObjectProperty<>();
    /** What those who may not open a family's card see of the family chosen (a bookkeeper). */
    private final StringProperty familySummary = new SimpleStringProperty("");
    private final StringProperty searchMessage = new SimpleStringProperty("");
    private int searchSequence;
    /** While the results are replaced, the list's own selection changes are not the user's choice. */
    private boolean replacingResults;

    private final ChildForm child = new ChildForm();
    private final FamilyForm family = new FamilyForm();
    private final ObservableList<CarerRow> carers = FXCollections.observableArrayList();
    private final ObservableList<ChildRow> familyChildren = FXCollections.observableArrayList();
    private final StringProperty newCarerName = new SimpleStringProperty("");
    private final StringProperty newCarerPhone = new SimpleStringProperty("");
    private final FieldErrors carerErrors = new FieldErrors();
    private final StringProperty carerMessage = new SimpleStringProperty("");
    private final ObjectProperty<CardTab> tab = new SimpleObjectProperty<>(CardTab.CHILD);
    private final BooleanProperty newChildTyped = new SimpleBooleanProperty();
    private final StringProperty cardTitle = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final AdmissionsViewModel admissions;

    public ChildrenViewModel(UiContext context, Actor actor, ChildrenService childrenService, AdmissionsService admissionsService) {
        this.context = context;
        this.childrenService = childrenService;
        this.actor = actor;
        this.admissions = new AdmissionsViewModel(context, actor, admissionsService);
        // those who may not read children's records find families only (docs/roles.md)
        searchMode.set(mayViewChildren() ? SearchMode.CHILDREN : SearchMode.FAMILIES);
        searchMode.addListener((obs, old, mode) -> search());
        searchText.addListener((obs, old, text) -> search());
        includeArchived.addListener((obs, old, value) -> search());
        child.id.addListener((obs, old, id) -> updateTitle());
        child.fullName.addListener((obs, old, name) -> updateTitle());
        family.code.addListener((obs, old, code) -> updateTitle());
        family.id.addListener((obs, old, id) -> {
            updateTitle();
            if (selectedFamily.get() != null && !Long.valueOf(selectedFamily.get().id()).equals(id)) {
                selectedFamily.set(null);
            }
        });
        newChildTyped.addListener((obs, old, typed) -> updateTitle());
        tab.addListener((obs, old, shown) -> updateTitle());
        updateTitle();
    }

    public boolean mayEdit() {
        return actor.may(Permission.EDIT_CHILDREN);
    }

    /** Children, or families (a family without children is found only there). */
    public enum SearchMode { CHILDREN, FAMILIES }

    public boolean mayViewChildren() {
        return actor.may(Permission.VIEW_CHILDREN);
    }

    /** Runs the search for what is typed now; an answer to an older search is dropped. */
    public void search() {
        int sequence = ++searchSequence;
        String typed = searchText.get();
        boolean archived = includeArchived.get();
        if (searchMode.get() == SearchMode.FAMILIES) {
            BackgroundTask.of(() -> childrenService.searchFamilies(actor, typed, archived))
                    .onSuccess(rows -> {
                        if (sequence == searchSequence) {
                            showFamilyResults(rows);
                        }
                    })
                    .onFailure(searchMessage::set)
                    .run(context.tasks(), context.localization());
            return;
        }
        BackgroundTask.of(() -> childrenService.search(actor, typed, archived))
                .onSuccess(rows -> {
                    if (sequence == searchSequence) {
                        showResults(rows);
                    }
                })
                .onFailure(searchMessage::set)
                .run(context.tasks(), context.localization());
    }

    private void showFamilyResults(List<FamilyRow> rows) {
        replacingResults = true;
        try {
            familyResults.setAll(rows);
        } finally {
            replacingResults = false;
        }
        Long shown = mayViewChildren() ? family.id.get() : null;
        selectedFamily.set(rows.stream().filter(row -> shown != null && row.id() == shown).findFirst().orElse(null));
        if (selectedFamily.get() == null) {
            familySummary.set("");
        }
        searchMessage.set("");
        resultCount.set(context.localization().text(rows.size() >= ChildrenService.SEARCH_LIMIT
                ? "children.familyCountLimited" : "children.familyCount", rows.size()));
    }

    /** The user chose a family in the results: its card opens, or its summary shows to those without the card. */
    public void chooseFamily(FamilyRow row) {
        if (replacingResults) {
            return;
        }
        selectedFamily.set(row);
        if (row == null) {
            return;
        }
        if (!mayViewChildren()) {
            familySummary.set(summary(row));
        } else if (!Long.valueOf(row.id()).equals(family.id.get()) || child.id.get() != null || newChildTyped.get()) {
            openFamily(row.id());
        }
    }

    private void openFamily(long familyId) {
        BackgroundTask.of(() -> childrenService.family(actor, familyId).orElse(null))
                .onSuccess(card -> {
                    newChildTyped.set(false);
                    child.show(null);
                    showFamily(card);
                    tab.set(CardTab.FAMILY);
                    updateTitle();
                })
                .onFailure(searchMessage::set)
                .run(context.tasks(), context.localization());
    }

    /** A family as aid needs it: code, district, carers with phones, how many children and how old. */
    private String summary(FamilyRow row) {
        String carersText = row.carers().stream()
                .map(c -> c.phone() == null ? c.fullName() : c.fullName() + " (" + c.phone() + ")")
                .collect(Collectors.joining(", "));
        return String.join("\n",
                context.localization().text("children.summary.family", row.code(), row.district()),
                context.localization().text("children.summary.carers", carersText.isEmpty() ? "-" : carersText),
                context.localization().text("children.summary.children", childrenAges(row)));
    }

    /** "2: 1 y, 4 y" — the number of children and their ages in years. */
    public String childrenAges(FamilyRow row) {
        LocalDate today = LocalDate.now(context.clock());
        String ages = row.childrenBorn().stream()
                .map(born -> context.localization().text("children.yearsOld", java.time.Period.between(born, today).getYears()))
                .collect(Collectors.joining(", "));
        return row.childrenBorn().isEmpty() ? "0" : row.childrenBorn().size() + ": " + ages;
    }

    /** New results, with the child shown selected in them if they hold it, else nothing selected. */
    private void showResults(List<ChildRow> rows) {
        replacingResults = true;
        try {
            results.setAll(rows);
        } finally {
            replacingResults = false;
        }
        Long shown = child.id.get();
        selected.set(rows.stream().filter(row -> shown != null && row.id() == shown).findFirst().orElse(null));
        searchMessage.set("");
        resultCount.set(context.localization().text(rows.size() >= ChildrenService.SEARCH_LIMIT
                ? "children.countLimited" : "children.count", rows.size()));
    }

    /** The user chose a row of the results: its child's card opens, unless it is the one shown. */
    public void choose(ChildRow row) {
        if (replacingResults) {
            return;
        }
        selected.set(row);
        if (row != null && !Long.valueOf(row.id()).equals(child.id.get())) {
            open(row.id(), row.familyId());
        }
    }

    private void open(long childId, long familyId) {
        BackgroundTask.of(() -> new Opened(childrenService.child(actor, childId).orElse(null),
                        childrenService.family(actor, familyId).orElse(null)))
                .onSuccess(opened -> {
                    newChildTyped.set(false);
                    child.show(opened.child());
                    showFamily(opened.family());
                    updateTitle();
                    if (tab.get() == CardTab.FAMILY && opened.child() != null) {
                        tab.set(CardTab.CHILD);
                    }
                })
                .onFailure(searchMessage::set)
                .run(context.tasks(), context.localization());
    }

    private record Opened(ChildCard child, FamilyCard family) {
    }

    private void showFamily(FamilyCard card) {
        family.show(card);
        carers.setAll(card == null ? List.of() : card.carers());
        familyChildren.setAll(card == null ? List.of() : card.children());
        carerErrors.clear();
        carerMessage.set("");
        admissions.show(child.id.get(), carers);
    }

    /** The services and referrals of the child shown. */
    public AdmissionsViewModel admissions() {
        return admissions;
    }

    /** An empty family form, on its own: a new family has no child yet. */
    public void newFamily() {
        selected.set(null);
        newChildTyped.set(false);
        child.show(null);
        showFamily(null);
        tab.set(CardTab.FAMILY);
        family.message.set(context.localization().text("children.newFamilyHint"));
    }

    /** An empty child form in the family shown. */
    public void newChildInFamily() {
        if (family.id.get() == null) {
            family.message.set(context.localization().text("children.saveFamilyFirst"));
            tab.set(CardTab.FAMILY);
            return;
        }
        selected.set(null);
        child.show(null);
        newChildTyped.set(true);
        admissions.show(null, carers);
        tab.set(CardTab.CHILD);
    }

    public void saveFamily() {
        saveFamily(false);
    }

    private void saveFamily(boolean duplicateConfirmed) {
        FamilyDetails details = family.details();
        Long id = family.id.get();
        run(family.errors, family.message, () -> {
            if (id != null) {
                childrenService.updateFamily(actor, id, details);
                return new FamilySaveResult.Saved(id);
            }
            return childrenService.createFamily(actor, details, duplicateConfirmed);
        }, result -> {
            if (result instanceof FamilySaveResult.PossibleDuplicates duplicates) {
                String others = duplicates.families().stream()
                        .map(f -> f.code() + " " + f.carers().stream().map(FamilyRow.Carer::fullName)
                                .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "));
                if (context.dialogs().confirmDangerous(context.localization().text("children.familyDuplicate", others))) {
                    saveFamily(true);
                } else {
                    family.message.set(context.localization().text("children.notSaved"));
                }
                return;
            }
            long familyId = ((FamilySaveResult.Saved) result).familyId();
            run(family.errors, family.message, () -> childrenService.family(actor, familyId).orElseThrow(), card -> {
                showFamily(card);
                context.dialogs().notice(context.localization().text("children.familySaved", card.code()));
                if (id == null) {
                    showFamilyInResults(SearchMode.FAMILIES);
                } else {
                    search();
                }
            });
        });
    }

    public void saveChild() {
        saveChild(ChildConfirmations.NONE);
    }

    /** Saves, asking first about whatever the service wants confirmed; a "no" writes nothing. */
    private void saveChild(ChildConfirmations confirmed) {
        Long familyId = family.id.get();
        if (familyId == null) {
            child.message.set(context.localization().text("children.saveFamilyFirst"));
            return;
        }
        ChildDetails details = child.details(familyId);
        Long id = child.id.get();
        run(child.errors, child.message, () -> childrenService.saveChild(actor, id, details, confirmed), result -> {
            if (result instanceof ChildSaveResult.PossibleDuplicates duplicates) {
                String others = duplicates.children().stream()
                        .map(c -> c.fullName() + " (" + c.familyCode() + ")").collect(Collectors.joining(", "));
                askThenSave(context.localization().text("children.duplicate", others), confirmed.withSameNameAndBirth());
                return;
            }
            if (result instanceof ChildSaveResult.OlderThanSeven older) {
                askThenSave(context.localization().text("children.olderThanSeven", older.ageInYears()),
                        confirmed.withOlderThanSeven());
                return;
            }
            long savedId = ((ChildSaveResult.Saved) result).childId();
            newChildTyped.set(false);
            context.dialogs().notice(context.localization().text("children.childSaved", details.fullName().strip()));
            reopen(savedId, familyId);
            if (id == null) {
                showFamilyInResults(SearchMode.CHILDREN);
            } else {
                search();
            }
        });
    }

    private void askThenSave(String question, ChildConfirmations confirmed) {
        if (context.dialogs().confirmDangerous(question)) {
            saveChild(confirmed);
        } else {
            child.message.set(context.localization().text("children.notSaved"));
        }
    }

    /**
     * A new record is listed: the search shows its family, whatever it held before, among families
     * for a new family (it has no child yet) and among children for a new child.
     */
    private void showFamilyInResults(SearchMode mode) {
        boolean sameText = searchText.get().equals(family.code.get());
        boolean sameMode = searchMode.get() == mode;
        searchText.set(family.code.get()); // searches when changed
        searchMode.set(mode); // searches when changed
        if (sameText && sameMode) {
            search();
        }
    }

    /** Shows the child just saved (or changed) as stored; the next results select it. */
    private void reopen(long childId, long familyId) {
        child.id.set(childId);
        open(childId, familyId);
    }

    public void archiveChild() {
        Long id = child.id.get();
        if (id == null) {
            return;
        }
        context.dialogs().askText(context.localization().text("children.archiveReason")).ifPresent(reason ->
                run(child.errors, child.message, () -> {
                    childrenService.archiveChild(actor, id, reason);
                    return Boolean.TRUE;
                }, done -> {
                    context.dialogs().notice(context.localization().text("children.archived"));
                    reopen(id, family.id.get());
                    search();
                }));
    }

    public void deleteChild() {
        Long id = child.id.get();
        if (id == null || !context.dialogs().confirmDangerous(context.localization().text("children.confirmDelete", child.fullName.get()))) {
            return;
        }
        run(child.errors, child.message, () -> {
            childrenService.deleteEnteredByMistake(actor, id);
            return Boolean.TRUE;
        }, done -> {
            child.show(null);
            admissions.show(null, carers);
            tab.set(CardTab.FAMILY);
            reloadFamily();
            search();
            context.dialogs().notice(context.localization().text("children.deleted"));
        });
    }

    public void addCarer() {
        Long familyId = family.id.get();
        if (familyId == null) {
            carerMessage.set(context.localization().text("children.saveFamilyFirst"));
            return;
        }
        String name = newCarerName.get();
        String phone = newCarerPhone.get();
        run(carerErrors, carerMessage, () -> {
            childrenService.addCarer(actor, familyId, name, phone);
            return Boolean.TRUE;
        }, done -> {
            newCarerName.set("");
            newCarerPhone.set("");
            context.dialogs().notice(context.localization().text("children.carerAdded", name.strip()));
            reloadFamily();
        });
    }

    /** How a carer is related to the child shown; null removes the link. */
    public void setRelationship(CarerRow carer, Relationship relationship) {
        Long childId = child.id.get();
        if (childId == null) {
            carerMessage.set(context.localization().text("children.saveChildFirst"));
            return;
        }
        run(carerErrors, carerMessage, () -> {
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
                    .onFailure(carerMessage::set)
                    .run(context.tasks(), context.localization());
        }
    }

    private <T> void run(FieldErrors errors, StringProperty message, java.util.concurrent.Callable<T> work,
                         java.util.function.Consumer<T> then) {
        new UserAction(context, busy, message).run(work, then, errors);
    }

    /** What the card shows, named at its top: the child and their family, a family, or a new one. */
    private void updateTitle() {
        String code = family.code.get();
        if (child.id.get() != null) {
            cardTitle.set(context.localization().text("children.cardOfChild", child.shownName, code));
        } else if (newChildTyped.get()) {
            cardTitle.set(context.localization().text("children.cardOfNewChild", code));
        } else if (family.id.get() != null) {
            cardTitle.set(context.localization().text("children.cardOfFamily", code));
        } else if (tab.get() == CardTab.FAMILY) {
            cardTitle.set(context.localization().text("children.newFamily"));
        } else {
            cardTitle.set(context.localization().text("children.nothingOpen"));
        }
    }

    /** Whether the child tabs have a child to show: one saved, or a new one being typed in. */
    public javafx.beans.binding.BooleanBinding childOpen() {
        return child.id.isNotNull().or(newChildTyped);
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

    /** The row of the results that is the child shown (null when the results do not hold it). */
    public ObjectProperty<ChildRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<SearchMode> searchModeProperty() {
        return searchMode;
    }

    public ObservableList<FamilyRow> familyResults() {
        return familyResults;
    }

    public ObjectProperty<FamilyRow> selectedFamilyProperty() {
        return selectedFamily;
    }

    public StringProperty familySummaryProperty() {
        return familySummary;
    }

    public StringProperty searchMessageProperty() {
        return searchMessage;
    }

    public ObjectProperty<CardTab> tabProperty() {
        return tab;
    }

    public StringProperty cardTitleProperty() {
        return cardTitle;
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

    public FieldErrors carerErrors() {
        return carerErrors;
    }

    public StringProperty carerMessageProperty() {
        return carerMessage;
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
        public final FieldErrors errors = new FieldErrors();
        public final StringProperty message = new SimpleStringProperty("");
        /** The name as saved, for the card's title (the field may hold an unsaved change). */
        private String shownName = "";

        void show(ChildCard card) {
            errors.clear();
            message.set("");
            shownName = card == null ? "" : card.details().fullName();
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
        public final FieldErrors errors = new FieldErrors();
        public final StringProperty message = new SimpleStringProperty("");

        void show(FamilyCard card) {
            errors.clear();
            message.set("");
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
