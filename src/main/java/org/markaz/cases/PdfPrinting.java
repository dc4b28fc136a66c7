package org.markaz.cases;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.markaz.core.i18n.Localization;

/**
 * Prints a rendered PDF through the system's print dialog (docs/decisions/0022): the PDF that
 * "Save as PDF" writes is drawn page by page as images (off the JavaFX thread), then each image is
 * scaled to the printer's page, so paper and file are the same document. The temporary file is
 * deleted afterwards.
 */
final class PdfPrinting {

    /** Sharp enough for 8-point table text on paper; a 6-page plan stays a few tens of MB in memory. */
    private static final float DPI = 150;

    private PdfPrinting() {
    }

    static void print(Path pdf, Node owner, Consumer<String> onError, Localization text) {
        Task<List<Image>> render = new Task<>() {
            @Override
            protected List<Image> call() throws IOException {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    List<Image> pages = new ArrayList<>();
                    for (int page = 0; page < document.getNumberOfPages(); page++) {
                        BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                        pages.add(toFx(image));
                    }
                    return pages;
                } finally {
                    Files.deleteIfExists(pdf);
                }
            }
        };
        render.setOnSucceeded(done -> printPages(render.getValue(), owner, onError, text));
        render.setOnFailed(failed -> onError.accept(text.text("print.failed")));
        Thread thread = new Thread(render, "markaz-print-render");
        thread.setDaemon(true);
        thread.start();
    }

    private static Image toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                image.getRGB(0, 0, width, height, null, 0, width), 0, width);
        return fx;
    }

    private static void printPages(List<Image> pages, Node owner, Consumer<String> onError, Localization text) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            onError.accept(text.text("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner.getScene() == null ? null : owner.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                onError.accept(text.text("print.failed"));
                job.cancelJob();
                return;
            }
        }
        // the pages go to the printer's queue here: a queue that refuses them is said, not ignored
        if (!job.endJob()) {
            onError.accept(text.text("print.failed"));
        }
    }
}
