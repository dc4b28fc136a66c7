package org.markaz.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import org.markaz.core.MarkazException;
import org.markaz.core.ValidationException;
import org.markaz.core.centre.CentreDetails;
import org.markaz.core.centre.CentreService;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;
import org.markaz.core.security.ProgramActor;
import org.slf4j.LoggerFactory;

/**
 * Saves the figures of a period as a PDF or a spreadsheet file, for the screen and the command
 * line alike: whoever may read the figures may take them away. The file appears whole or not at
 * all: it is written beside the target under a temporary name and then renamed, so a full USB
 * stick or a refusal never leaves half a file, nor replaces a good one.
 */
public final class FiguresExportService {

    /** What was saved: the file, and the figures it holds (the screen shows the same). */
    public record Saved(Path file, Figures figures) {
    }

    private final FiguresService figuresService;
    private final CentreService centres;
    private final Clock clock;

    public FiguresExportService(FiguresService figuresService, CentreService centres, Clock clock) {
        this.figuresService = figuresService;
        this.centres = centres;
        this.clock = clock;
    }

    /**
     * Computes the figures of the period (cut at today like on the screen) and saves them to
     * {@code target} in the user's language. An existing file is replaced only when
     * {@code replace} is true (the user chose it in the file chooser, or --force).
     */
    public Saved save(Actor actor, ExportFormat format, LocalDate from, LocalDate to, Localization text, Path target,
                      boolean replace) {
        actor.require(Permission.VIEW_FIGURES);
        checkTarget(target, replace);
        Figures figures = figuresService.compute(actor, from, to);
        String centreName = centres.current(actor).map(CentreDetails::name).orElse("");
        FiguresText words = new FiguresText(figures, text);
        ByteArrayOutputStream content = new ByteArrayOutputStream(32 * 1024);
        try {
            if (format == ExportFormat.PDF) {
                String printed = text.text("figures.printed", text.formatDateTime(clock.instant()),
                        ProgramActor.shown(actor.fullName(), text));
                FiguresPdf.write(words, centreName, printed, content);
            } else {
                Writer writer = new OutputStreamWriter(content, StandardCharsets.UTF_8);
                FiguresCsv.write(words, centreName, writer);
                writer.flush();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // memory, not a disk: nothing the user could mend
        }
        write(target, content.toByteArray(), replace);
        return new Saved(target, figures);
    }

    /**
     * Refuses a target that cannot be a new file: missing, a folder, in a folder that does not
     * exist (a USB stick taken out), or a file that exists when it is not to be replaced. Looks at
     * the disk, so never on the JavaFX thread.
     */
    public static void checkTarget(Path target, boolean replace) {
        if (target == null || target.getFileName() == null) {
            throw new ValidationException("error.exportNoFile");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException("error.exportNoFolder", String.valueOf(folder));
        }
        if (Files.isDirectory(target)) {
            throw new ValidationException("error.exportIsFolder", target.toString());
        }
        if (!replace && Files.exists(target)) {
            throw new ValidationException("error.exportExists", target.toString());
        }
    }

    private static void write(Path target, byte[] content, boolean replace) {
        Path folder = target.toAbsolutePath().getParent();
        Path part = null;
        try {
            part = Files.createTempFile(folder, ".markaz-", ".part");
            Files.write(part, content);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            part = null;
        } catch (IOException e) {
            LoggerFactory.getLogger(FiguresExportService.class).warn("Could not save the figures to {}", target, e);
            throw new MarkazException("error.exportWrite", e, target.toString());
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless and says what it is
                }
            }
        }
    }
}
