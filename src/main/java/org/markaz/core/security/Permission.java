package org.markaz.core.security;

/**
 * What a role may read or change (docs/roles.md). Services check these, reads included; the
 * screens only hide what would be refused.
 */
public enum Permission {
    /** The centre's details and settings; everyone signed in. */
    VIEW_CENTRE,
    EDIT_CENTRE,
    /** Families as aid needs them: code, carers and their phones, district, children's number and ages. */
    VIEW_FAMILIES,
    /** Children's records: the card with disability and notes, referrals and their reasons, services. */
    VIEW_CHILDREN,
    EDIT_CHILDREN,
    VIEW_REGISTER,
    MARK_REGISTER,
    CLOSE_REGISTER,
    VIEW_FIGURES,
    /** The bed calendar, who arrives and leaves, the waiting list. */
    VIEW_BEDS,
    /** Book, move, cancel, check in and out, and the waiting list's requests. */
    BOOK_BEDS,
    /** The beds and rooms themselves, in use or not. */
    MANAGE_BEDS,
    /** Answers the warnings only a director may wave through: a child over seven, a short stay past six months. */
    CONFIRM_EXCEPTIONS,
    VIEW_STAFF,
    MANAGE_USERS,
    VIEW_AUDIT,
    MAKE_BACKUP,
    /** The centre's backup passphrase. */
    MANAGE_BACKUPS,
    RESTORE_BACKUP,
    /** The aid fund, its stock and its hand-outs, and the aid reports: to read. */
    VIEW_AID,
    /** Keeps the fund and the stock: the catalogue, money in and out, receipts, stock-takes, write-offs, reversals. */
    KEEP_AID,
    /** Records a hand-out of aid to a family. */
    HAND_OUT_AID,
    /** Asks for aid for a family (a key worker, for the families on their caseload) and sees the answer. */
    REQUEST_AID,
    /** A family's aid history on its card. */
    VIEW_FAMILY_AID,
    /** Who is on whose caseload: cases' families, children, key workers, dates; a key worker sees their own and the unassigned. */
    VIEW_CASELOADS,
    /** A case's record (assessment, care plans, notes): a key worker only their own cases and those they cover. */
    VIEW_CASES,
    /** Open, assess, plan, note and close cases (a key worker: their own and those they cover). */
    EDIT_CASES,
    /** Every case: reassign, cover, extend a programme, the caseload limit. */
    MANAGE_CASELOADS,
    APPROVE_CARE_PLANS,
    /** See the indicators for headquarters and make the quarterly package (directors and administrators). */
    EXPORT_HQ,
    /** Add named records to a package, with a reason that is audited: the director only. */
    EXPORT_NAMED_RECORDS,
    /** Combine the packages of several centres (a headquarters copy of Markaz). */
    CONSOLIDATE_PACKAGES
}
