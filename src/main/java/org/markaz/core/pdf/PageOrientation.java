package org.markaz.core.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A4 upright or on its side; landscape is a wider media box, not a rotated page, so text extracts left to right. */
public enum PageOrientation {
    PORTRAIT(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight()),
    LANDSCAPE(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final float width;
    private final float height;

    PageOrientation(float width, float height) {
        this.width = width;
        this.height = height;
    }

    PDRectangle mediaBox() {
        return new PDRectangle(width, height);
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }
}
