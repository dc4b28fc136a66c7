package org.markaz.children;

import static org.markaz.db.Tables.CARER;
import static org.markaz.db.Tables.CHILD;
import static org.markaz.db.Tables.CHILD_CARER;
import static org.markaz.db.Tables.FAMILY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.markaz.core.db.BatchInsert;
import org.markaz.shared.Relationship;
import org.markaz.shared.Sex;

/** The children's rows of the scale dataset, in batches; each insert returns the new ids in the order of the rows. */
final class ChildrenScaleRepository {

    record NewFamily(String code, String address, String district, String jamoat, Settlement settlement, String phone,
                     boolean singleParent, boolean parentAbroad, boolean disabilityInFamily, boolean noDocuments,
                     boolean homeless, String otherCircumstances, LocalDate archivedOn, String archiveReason,
                     Instant createdAt, String searchText) {
    }

    record NewCarer(long familyId, String fullName, String phone) {
    }

    record NewChild(long familyId, String fullName, String searchText, Sex sex, LocalDate dateOfBirth,
                    BirthCertificate birthCertificate, String disability, String notes, LocalDate archivedOn,
                    String archiveReason, Instant createdAt) {
    }

    record NewCarerLink(long childId, long carerId, Relationship relationship) {
    }

    List<Long> insertFamilies(DSLContext tx, List<NewFamily> rows) {
        return BatchInsert.insertReturningIds(tx, FAMILY, FAMILY.ID, List.of(FAMILY.CODE, FAMILY.ADDRESS,
                        FAMILY.DISTRICT, FAMILY.JAMOAT, FAMILY.SETTLEMENT, FAMILY.PHONE, FAMILY.SINGLE_PARENT,
                        FAMILY.PARENT_ABROAD, FAMILY.DISABILITY_IN_FAMILY, FAMILY.NO_DOCUMENTS, FAMILY.HOMELESS,
                        FAMILY.OTHER_CIRCUMSTANCES, FAMILY.ARCHIVED_ON, FAMILY.ARCHIVE_REASON, FAMILY.CREATED_AT,
                        FAMILY.SEARCH_TEXT),
                rows, r -> new Object[] {r.code(), r.address(), r.district(), r.jamoat(), r.settlement(), r.phone(),
                        r.singleParent(), r.parentAbroad(), r.disabilityInFamily(), r.noDocuments(), r.homeless(),
                        r.otherCircumstances(), r.archivedOn(), r.archiveReason(), r.createdAt(), r.searchText()});
    }

    List<Long> insertCarers(DSLContext tx, List<NewCarer> rows) {
        return BatchInsert.insertReturningIds(tx, CARER, CARER.ID, List.of(CARER.FAMILY_ID, CARER.FULL_NAME, CARER.PHONE),
                rows, r -> new Object[] {r.familyId(), r.fullName(), r.phone()});
    }

    List<Long> insertChildren(DSLContext tx, List<NewChild> rows) {
        return BatchInsert.insertReturningIds(tx, CHILD, CHILD.ID, List.of(CHILD.FAMILY_ID, CHILD.FULL_NAME,
                        CHILD.SEARCH_TEXT, CHILD.SEX, CHILD.DATE_OF_BIRTH, CHILD.BIRTH_CERTIFICATE, CHILD.DISABILITY,
                        CHILD.NOTES, CHILD.ARCHIVED_ON, CHILD.ARCHIVE_REASON, CHILD.CREATED_AT),
                rows, r -> new Object[] {r.familyId(), r.fullName(), r.searchText(), r.sex(), r.dateOfBirth(),
                        r.birthCertificate(), r.disability(), r.notes(), r.archivedOn(), r.archiveReason(),
                        r.createdAt()});
    }

    void insertCarerLinks(DSLContext tx, List<NewCarerLink> rows) {
        BatchInsert.insert(tx, CHILD_CARER, List.of(CHILD_CARER.CHILD_ID, CHILD_CARER.CARER_ID, CHILD_CARER.RELATIONSHIP),
                rows, r -> new Object[] {r.childId(), r.carerId(), r.relationship()});
    }
}
