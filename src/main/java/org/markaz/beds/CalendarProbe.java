package org.markaz.beds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;

/**
 * The benchmark's handle on the calendar shown in the window: switches it to the quarter, tells
 * when the quarter's bookings are on it, and times the drawing of frames while it scrolls. All its
 * methods run on the JavaFX thread.
 */
public final class CalendarProbe {

    private final CalendarCanvas canvas;

    private CalendarProbe(CalendarCanvas canvas) {
        this.canvas = canvas;
    }

    /** The calendar inside a screen, if the screen shows one. */
    public static Optional<CalendarProbe> in(Parent root) {
        Node found = root.lookup("#bedCalendar");
        return found instanceof CalendarCanvas calendar ? Optional.of(new CalendarProbe(calendar)) : Optional.empty();
    }

    /** Shows the month first (so the quarter is read afresh), and returns the version to wait past. */
    public int showMonth() {
        canvas.viewModel().periodProperty().set(CalendarPeriod.MONTH);
        return canvas.viewModel().versionProperty().get();
    }

    /** Asks for the quarter; its bookings are on the calendar once {@link #version()} moves past the returned one. */
    public int showQuarter() {
        int before = canvas.viewModel().versionProperty().get();
        canvas.viewModel().periodProperty().set(CalendarPeriod.QUARTER);
        return before;
    }

    public int version() {
        return canvas.viewModel().versionProperty().get();
    }

    /** How many bookings and days the calendar holds now. */
    public String shown() {
        CalendarViewModel model = canvas.viewModel();
        int bookings = model.rows().stream().mapToInt(row -> row.bed() == null ? 0 : model.bookingsOf(row.bed().id()).size()).sum();
        return "rows=" + model.rows().size() + ", days=" + model.days() + ", bookings=" + bookings;
    }

    /**
     * Scrolls the quarter a day at a time (to its end and back) and times each redraw, in
     * microseconds: what one frame of scrolling costs the JavaFX thread.
     */
    public List<Long> scrollFrames(int frames) {
        ScrollBar bar = horizontal();
        List<Long> micros = new ArrayList<>(frames);
        double step = canvas.cellWidth();
        double value = bar.getValue();
        double direction = 1;
        for (int i = 0; i < frames; i++) {
            if (value + direction * step > bar.getMax() || value + direction * step < 0) {
                direction = -direction;
            }
            value += direction * step;
            long start = System.nanoTime();
            bar.setValue(value); // redraws what is in view
            micros.add((System.nanoTime() - start) / 1_000);
        }
        return micros;
    }

    private ScrollBar horizontal() {
        return canvas.horizontalBar();
    }
}
