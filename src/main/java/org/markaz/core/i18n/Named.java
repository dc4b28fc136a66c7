package org.markaz.core.i18n;

/** A coded value shown to users in their language: the message key of its name. */
public interface Named {
    String nameKey();
}
