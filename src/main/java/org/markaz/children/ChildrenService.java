package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.ChildRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.markaz.core.Validation;
import org.markaz.core.db.Transactions;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.RecordScope;
import org.markaz.core.text.SearchFolding;
import org.markaz.shared.FamilyRow;

/**
 * Families, their carers and children. Everyone may read (the bookkeeper hands aid to
 * families); administrators, directors and key workers change. Records are archived with a
 * reason, never silently lost.
 */
public final class ChildrenService {

    /** A list shows at most this many children or families; typing more narrows it. */
    public static final int SEARCH_LIMIT = 200;
    /** The centre's children are 0 to 7 years old; past that the user confirms the date. */
    static final int CENTRE_AGE_YEARS = 7;
    /** No child of 18 or more is recorded: such a birth date is a typing slip (1900 for 2020). */
    static final int OLDEST_RECORDED_AGE = 18;
    /** At most this many families with the same phone number are named when a new family is saved. */
    private static final int DUPLICATES_SHOWN = 20;

    private final Transactions transactions;
    private final FamilyRepository families;
    private final ChildRepository children;
    private final java.util.function.Supplier<String> centreCode;
    private final java.util.function.Supplier<RecordScope> scope;
    private final Clock clock;

    public ChildrenService(Transactions transactions, FamilyRepository families, ChildRepository children,
                           java.util.function.Supplier<String> centreCode, java.util.function.Supplier<RecordScope> scope,
                           Clock clock) {
        this.scope = scope;
        this.transactions = transactions;
        this.families = families;
        this.children = children;
        this.centreCode = centreCode;
        this.clock = clock;
    }

    /**
     * Children whose name, family code or district contains every word typed, however the name is
     * spelled (docs/decisions/0012-search-folding.md); by name, at most {@link #SEARCH_LIMIT}.
     * Nothing typed lists the first of all.
     */
    public List<ChildRow> search(Actor actor, String typed, boolean includeArchived) {
        actor.require(Permission.VIEW_CHILDREN);
        List<String> words = SearchFolding.searchWords(typed);
        return transactions.result(tx -> children.search(tx, words, includeArchived, SEARCH_LIMIT));
    }

    /**
     * Families, with or without children, whose code, district, carers' names or phone numbers
     * contain every word typed; by code, at most {@link #SEARCH_LIMIT}. Each row holds only what
     * aid may see (VIEW_FAMILIES: the bookkeeper too): no child's name, health or history.
     */
    public List<FamilyRow> searchFamilies(Actor actor, String typed, boolean includeArchived) {
        actor.require(Permission.VIEW_FAMILIES);
        List<String> words = SearchFolding.searchWords(typed);
        return transactions.result(tx -> families.search(tx, words, includeArchived, SEARCH_LIMIT));
    }

    public Optional<ChildCard> child(Actor actor, long childId) {
        actor.require(Permission.VIEW_CHILDREN);
        scope.get().requireChild(actor, childId);
        return transactions.result(tx -> children.card(tx, childId));
    }

    /** The family's card names its children: for those who read children's records (a bookkeeper finds families by {@link #searchFamilies}). */
    public Optional<FamilyCard> family(Actor actor, long familyId) {
        actor.require(Permission.VIEW_CHILDREN);
        return transactions.result(tx -> families.card(tx, familyId, children.ofFamily(tx, familyId)));
    }

    /**
     * Saves a new family with the centre's next code. Unless {@code duplicateConfirmed}, a family
     * whose phone number is already that of another family or of its carers, however written
     * (+992 92 781 34 50 = 927813450), is not saved: the caller asks the user first.
     */
    public FamilySaveResult createFamily(Actor actor, FamilyDetails details, boolean duplicateConfirmed) {
        actor.require(Permission.EDIT_CHILDREN);
        FamilyDetails checked = check(details);
        return transactions.result(tx -> {
            if (!duplicateConfirmed) {
                List<FamilyRow> samePhone = samePhone(tx, checked.phone());
                if (!samePhone.isEmpty()) {
                    return new FamilySaveResult.PossibleDuplicates(samePhone);
                }
            }
            String code = families.nextCode(tx, centreCode.get());
            return new FamilySaveResult.Saved(families.insert(tx, actor, code, checked,
                    SearchTexts.family(code, checked.district(), checked.phone(), List.of())));
        });
    }

    /**
     * Saves a new family without looking for another with the same phone number: for the sample
     * centre and for callers that asked the user already. Same as {@code createFamily(actor, details, true)}.
     */
    public long createFamily(Actor actor, FamilyDetails details) {
        return ((FamilySaveResult.Saved) createFamily(actor, details, true)).familyId();
    }

    public void updateFamily(Actor actor, long familyId, FamilyDetails details) {
        actor.require(Permission.EDIT_CHILDREN);
        FamilyDetails checked = check(details);
        transactions.run(tx -> {
            String code = families.code(tx, familyId).orElseThrow(() -> new ValidationException("error.noSuchFamily"));
            String searchText = SearchTexts.family(code, checked.district(), checked.phone(), families.carersOf(tx, familyId));
            if (families.update(tx, actor, familyId, checked, searchText)) {
                children.refreshSearchText(tx, familyId, name -> searchText(name, code, checked.district()));
            }
        });
    }

    /**
     * Adds a carer to a family. Refused when the family has a carer of the same name already,
     * however spelled (Иброхим Курбонов = Иброҳим Қурбонов): it is the same person typed twice far
     * more often than two relatives of one name, who are told apart by a second name.
     */
    public long addCarer(Actor actor, long familyId, String fullName, String phone) {
        actor.require(Permission.EDIT_CHILDREN);
        String name = Validation.required(fullName, 200, "field.fullName");
        String checkedPhone = Validation.optional(phone, 50, "field.phone");
        return transactions.result(tx -> {
            if (!families.lockIfExists(tx, familyId)) {
                throw new ValidationException("error.noSuchFamily");
            }
            String key = SearchFolding.nameKey(name);
            for (FamilyRow.Carer carer : families.carersOf(tx, familyId)) {
                if (SearchFolding.nameKey(carer.fullName()).equals(key)) {
                    throw new ValidationException("error.carerSameName", carer.fullName());
                }
            }
            long carerId = families.insertCarer(tx, actor, familyId, name, checkedPhone);
            families.refreshSearchText(tx, familyId,
                    row -> SearchTexts.family(row.code(), row.district(), row.phone(), row.carers()));
            return carerId;
        });
    }

    /** Sets (or with null removes) how a carer of the child's family is related to the child. */
    public void setRelationship(Actor actor, long childId, long carerId, Relationship relationship) {
        actor.require(Permission.EDIT_CHILDREN);
        transactions.run(tx -> {
            long family = children.familyOf(tx, childId).orElseThrow(() -> new ValidationException("error.noSuchChild"));
            if (!families.carerFamily(tx, carerId).map(f -> f == family).orElse(false)) {
                throw new ValidationException("error.carerOfAnotherFamily");
            }
            families.setRelationship(tx, actor, childId, carerId, relationship);
        });
    }

    /**
     * Saves a new (childId null) or changed child. Unless {@code duplicateConfirmed}, a child with
     * the same name and date of birth as another is not saved: the caller asks the user first.
     */
    public ChildSaveResult saveChild(Actor actor, Long childId, ChildDetails details, ChildConfirmations confirmed) {
        actor.require(Permission.EDIT_CHILDREN);
        ChildDetails checked = check(details);
        return transactions.result(tx -> {
            FamilyCard family = families.card(tx, checked.familyId(), List.of())
                    .orElseThrow(() -> new ValidationException("error.noSuchFamily"));
            if (!confirmed.sameNameAndBirth()) {
                String key = SearchFolding.nameKey(checked.fullName());
                List<ChildRow> twins = children.bornOn(tx, checked.dateOfBirth(), childId).stream()
                        .filter(other -> SearchFolding.nameKey(other.fullName()).equals(key)).toList();
                if (!twins.isEmpty()) {
                    return new ChildSaveResult.PossibleDuplicates(twins);
                }
            }
            if (!confirmed.olderThanSeven() && isOlderThanSeven(checked.dateOfBirth())
                    && !sameBirthDateAsSaved(tx, childId, checked.dateOfBirth())) {
                return new ChildSaveResult.OlderThanSeven(Period.between(checked.dateOfBirth(), LocalDate.now(clock)).getYears());
            }
            String search = searchText(checked.fullName(), family.code(), family.details().district());
            if (childId == null) {
                return new ChildSaveResult.Saved(children.insert(tx, actor, checked, search));
            }
            children.update(tx, actor, childId, checked, search);
            return new ChildSaveResult.Saved(childId);
        });
    }

    /** The centre is for children up to seven: an older one is asked about once, when the birth date is entered. */
    private boolean isOlderThanSeven(LocalDate born) {
        return LocalDate.now(clock).isAfter(born.plusYears(CENTRE_AGE_YEARS));
    }

    private boolean sameBirthDateAsSaved(DSLContext tx, Long childId, LocalDate born) {
        return childId != null && children.card(tx, childId).map(card -> card.details().dateOfBirth().equals(born))
                .orElse(false);
    }

    public void archiveChild(Actor actor, long childId, String reason) {
        actor.require(Permission.EDIT_CHILDREN);
        String checked = Validation.required(reason, 500, "field.archiveReason");
        transactions.run(tx -> children.archive(tx, actor, childId, LocalDate.now(clock), checked));
    }

    /**
     * Deletes a child entered by mistake. Refused once anything was recorded about the child
     * (a referral, a service, a register mark): such a record is archived instead.
     */
    public void deleteEnteredByMistake(Actor actor, long childId) {
        actor.require(Permission.EDIT_CHILDREN);
        transactions.run(tx -> {
            if (children.hasHistory(tx, childId)) {
                throw new ValidationException("error.childHasHistory");
            }
            families.deleteLinksOfChild(tx, actor, childId);
            children.delete(tx, actor, childId);
        });
    }

    private ChildDetails check(ChildDetails details) {
        // in the order of the form: name, sex, date of birth
        String name = Validation.required(details.fullName(), 200, "field.fullName");
        if (details.sex() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.sex"));
        }
        if (details.dateOfBirth() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.dateOfBirth"));
        }
        LocalDate today = LocalDate.now(clock);
        if (details.dateOfBirth().isAfter(today)) {
            throw new ValidationException("error.birthInFuture", new Validation.FieldName("field.dateOfBirth"));
        }
        int age = Period.between(details.dateOfBirth(), today).getYears();
        if (age >= OLDEST_RECORDED_AGE) {
            throw new ValidationException("error.childTooOld", age, new Validation.FieldName("field.dateOfBirth"));
        }
        return new ChildDetails(details.familyId(),
                name,
                details.sex(), details.dateOfBirth(),
                details.birthCertificate() == null ? BirthCertificate.UNKNOWN : details.birthCertificate(),
                Validation.optional(details.disability(), 500, "field.disability"),
                Validation.optional(details.notes(), 2000, "field.notes"));
    }

    private static FamilyDetails check(FamilyDetails details) {
        if (details.settlement() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.settlement"));
        }
        return new FamilyDetails(
                Validation.optional(details.address(), 300, "field.address"),
                Validation.required(details.district(), 100, "field.district"),
                Validation.optional(details.jamoat(), 100, "field.jamoat"),
                details.settlement(),
                Validation.optional(details.phone(), 50, "field.phone"),
                details.singleParent(), details.parentAbroad(), details.disabilityInFamily(), details.noDocuments(),
                details.homeless(),
                Validation.optional(details.otherCircumstances(), 500, "field.otherCircumstances"));
    }

    /** Families (archived ones too) that have the phone number already, as theirs or a carer's. */
    private List<FamilyRow> samePhone(DSLContext tx, String phone) {
        String key = SearchFolding.phoneKey(phone);
        if (!SearchFolding.samePhone(phone, phone)) {
            return List.of();
        }
        return families.search(tx, List.of(key), true, SEARCH_LIMIT).stream()
                .filter(family -> SearchFolding.samePhone(phone, family.phone())
                        || family.carers().stream().anyMatch(carer -> SearchFolding.samePhone(phone, carer.phone())))
                .limit(DUPLICATES_SHOWN)
                .toList();
    }

    /** What a child's search matches: the folded name, family code and district ({@link SearchTexts#child}). */
    public static String searchText(String fullName, String familyCode, String district) {
        return SearchTexts.child(fullName, familyCode, district);
    }
}
