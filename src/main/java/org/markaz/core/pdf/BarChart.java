package org.markaz.core.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart for {@link PdfDocument}, drawn with the page's own lines and fills (no
 * picture): a title, then one row per bar with its label on the left (wrapped, never cut), the
 * bar, and the value as text just past the bar's end; under the rows a scale of whole numbers
 * with light grid lines. Meant for counts and percentages: the scale steps by 1, 2 or 5 times a
 * power of ten, from 0 to the largest value or to a fixed {@link #maximum}.
 *
 * <pre>
 * BarChart.titled("Where children went")
 *         .bar("Returned to parents", 12, "12")
 *         .bar("Kinship care", 3, "3")
 *         .emptyText("No discharges in this period");
 * </pre>
 */
public final class BarChart {

    /** One bar: its label, its length as a number, and the value as printed beside it. */
    public record Bar(String label, double value, String shownValue) {
        public Bar {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a bar needs a value of 0 or more: " + label + " = " + value);
            }
            label = label == null ? "" : label;
            shownValue = shownValue == null ? "" : shownValue;
        }
    }

    private final String title;
    private final List<Bar> bars = new ArrayList<>();
    private Double maximum;
    private String emptyText;
    private LongFunction<String> tickLabel = Long::toString;

    private BarChart(String title) {
        this.title = title;
    }

    /** A chart with a title over it (null for none). */
    public static BarChart titled(String title) {
        return new BarChart(title);
    }

    public BarChart bar(String label, double value, String shownValue) {
        bars.add(new Bar(label, value, shownValue));
        return this;
    }

    /** The end of the scale, such as 100 for percentages; otherwise the largest value, rounded up to a step. */
    public BarChart maximum(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a chart's maximum must be positive: " + value);
        }
        this.maximum = value;
        return this;
    }

    /** What is printed under the title instead of the chart when it has no bars ("No marks in this period"). */
    public BarChart emptyText(String text) {
        this.emptyText = text;
        return this;
    }

    /** How the scale's numbers are written (the language's digit grouping, a "%" after them); plain digits otherwise. */
    public BarChart tickLabels(LongFunction<String> format) {
        this.tickLabel = Objects.requireNonNull(format);
        return this;
    }

    String title() {
        return title;
    }

    List<Bar> bars() {
        return bars;
    }

    String emptyText() {
        return emptyText;
    }

    String tickLabel(long value) {
        return tickLabel.apply(value);
    }

    /** The scale's step and end: 1, 2 or 5 times a power of ten, about five steps, at least 1. */
    Scale scale() {
        double largest = maximum != null ? maximum : 0;
        if (maximum == null) {
            for (Bar bar : bars) {
                largest = Math.max(largest, bar.value());
            }
        }
        largest = Math.max(largest, 1);
        long power = 1;
        long step = 1;
        for (int i = 0; largest / step > 6; i = (i + 1) % 3) {
            step = power * new long[] {2, 5, 10}[i];
            if (i == 2) {
                power *= 10;
            }
        }
        long end = maximum != null ? (long) Math.ceil(maximum) : (long) (Math.ceil(largest / step) * step);
        return new Scale(step, Math.max(end, step));
    }

    /** Ticks at 0, step, 2 step, ... up to end (and end itself when it is not a multiple of step). */
    record Scale(long step, long end) {
        List<Long> ticks() {
            List<Long> ticks = new ArrayList<>();
            for (long tick = 0; tick < end; tick += step) {
                ticks.add(tick);
            }
            ticks.add(end);
            return ticks;
        }
    }
}
