package org.markaz.children;

/**
 * What the user has already confirmed about a child being saved: that a child with the same name
 * and birth date is really another child, and that a child over seven belongs at the centre. The
 * service asks (writing nothing) for whatever is not confirmed yet.
 */
public record ChildConfirmations(boolean sameNameAndBirth, boolean olderThanSeven) {

    public static final ChildConfirmations NONE = new ChildConfirmations(false, false);

    public ChildConfirmations withSameNameAndBirth() {
        return new ChildConfirmations(true, olderThanSeven);
    }

    public ChildConfirmations withOlderThanSeven() {
        return new ChildConfirmations(sameNameAndBirth, true);
    }
}
