package org.markaz.core.pdf;

/** Regular or bold DejaVu at a size in points; the only two faces a printout needs. */
public record TextStyle(boolean bold, float size) {

    public static final TextStyle BODY = new TextStyle(false, 10);
    public static final TextStyle BOLD = new TextStyle(true, 10);
    public static final TextStyle SMALL = new TextStyle(false, 8.5f);

    public TextStyle {
        if (!(size >= 4 && size <= 72)) {
            throw new IllegalArgumentException("font size out of range: " + size);
        }
    }

    public TextStyle withSize(float newSize) {
        return new TextStyle(bold, newSize);
    }
}
