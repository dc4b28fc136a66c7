package org.markaz.children;

import org.markaz.shared.Relationship;
import org.markaz.shared.ChildRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.markaz.core.Validation;
import org.markaz.core.db.Transactions;
import org.markaz.core.ValidationException;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.RecordScope;

/**
 * Families, their carers and children. Everyone may read (the bookkeeper hands aid to
 * families); administrators, directors and key workers change. Records are archived with a
 * reason, never silently lost.
 */
public final class ChildrenService {

    /** The list shows at most this many children; typing more narrows it. */
    public static final int SEARCH_LIMIT = 200;

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

    public List<ChildRow> search(Actor actor, String typed, boolean includeArchived) {
        actor.require(Permission.VIEW_CHILDREN);
        String text = typed == null ? "" : typed.strip();
        return transactions.result(tx -> children.search(tx, text, includeArchived, SEARCH_LIMIT));
    }

    public Optional<ChildCard> child(Actor actor, long childId) {
        actor.require(Permission.VIEW_CHILDREN);
        scope.get().requireChild(actor, childId);
        return transactions.result(tx -> children.card(tx, childId));
    }

    public Optional<FamilyCard> family(Actor actor, long familyId) {
        actor.require(Permission.VIEW_FAMILIES);
        return transactions.result(tx -> families.card(tx, familyId, children.ofFamily(tx, familyId)));
    }

    public long createFamily(Actor actor, FamilyDetails details) {
        actor.require(Permission.EDIT_CHILDREN);
        FamilyDetails checked = check(details);
        return transactions.result(tx -> families.insert(tx, actor,
                families.nextCode(tx, centreCode.get()), checked));
    }

    public void updateFamily(Actor actor, long familyId, FamilyDetails details) {
        actor.require(Permission.EDIT_CHILDREN);
        FamilyDetails checked = check(details);
        transactions.run(tx -> {
            if (families.update(tx, actor, familyId, checked)) {
                String code = families.code(tx, familyId).orElseThrow();
                children.refreshSearchText(tx, familyId, name -> searchText(name, code, checked.district()));
            }
        });
    }

    public long addCarer(Actor actor, long familyId, String fullName, String phone) {
        actor.require(Permission.EDIT_CHILDREN);
        String name = Validation.required(fullName, 200, "field.fullName");
        String checkedPhone = Validation.optional(phone, 50, "field.phone");
        return transactions.result(tx -> families.insertCarer(tx, actor, familyId, name, checkedPhone));
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
    public ChildSaveResult saveChild(Actor actor, Long childId, ChildDetails details, boolean duplicateConfirmed) {
        actor.require(Permission.EDIT_CHILDREN);
        ChildDetails checked = check(details);
        return transactions.result(tx -> {
            FamilyCard family = families.card(tx, checked.familyId(), List.of())
                    .orElseThrow(() -> new ValidationException("error.noSuchFamily"));
            if (!duplicateConfirmed) {
                List<ChildRow> twins = children.sameNameAndBirth(tx, checked.fullName(), checked.dateOfBirth(), childId);
                if (!twins.isEmpty()) {
                    return new ChildSaveResult.PossibleDuplicates(twins);
                }
            }
            String search = searchText(checked.fullName(), family.code(), family.details().district());
            if (childId == null) {
                return new ChildSaveResult.Saved(children.insert(tx, actor, checked, search));
            }
            children.update(tx, actor, childId, checked, search);
            return new ChildSaveResult.Saved(childId);
        });
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
        if (details.dateOfBirth() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.dateOfBirth"));
        }
        if (details.dateOfBirth().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("error.birthInFuture");
        }
        if (details.sex() == null) {
            throw new ValidationException("error.required", new Validation.FieldName("field.sex"));
        }
        return new ChildDetails(details.familyId(),
                Validation.required(details.fullName(), 200, "field.fullName"),
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

    /** What the search matches: the name in its own letters and in Latin ones, the family code, the district. */
    public static String searchText(String fullName, String familyCode, String district) {
        String name = fullName.toLowerCase(Locale.ROOT);
        String place = district.toLowerCase(Locale.ROOT);
        return String.join(" ", name, Transliteration.toLatin(name), familyCode.toLowerCase(Locale.ROOT), place,
                Transliteration.toLatin(place));
    }
}
