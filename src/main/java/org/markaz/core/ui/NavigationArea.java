package org.markaz.core.ui;

/** An area as the shell's navigation shows it: its name and the digit that opens it with Ctrl. */
public record NavigationArea(String id, String titleKey, int shortcutDigit) {
}
