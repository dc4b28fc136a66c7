package org.markaz.register;

/** A register mark's status as the database stores it (register_mark.status). */
public enum MarkStatus {
    PRESENT,
    ABSENT
}
