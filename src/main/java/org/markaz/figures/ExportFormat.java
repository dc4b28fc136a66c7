package org.markaz.figures;

/** The files the figures can be saved as: a PDF to print, a spreadsheet (CSV) to work on. */
public enum ExportFormat {
    PDF("pdf"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** Without the dot: "pdf". */
    public String extension() {
        return extension;
    }

    /** The name suggested for the figures of a period: figures-2026-10-01-2026-11-30.pdf. */
    public String fileName(FiguresPeriod period) {
        return "figures-" + period.from() + "-" + period.to() + "." + extension;
    }
}
