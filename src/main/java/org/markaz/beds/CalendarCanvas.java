package org.markaz.beds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.markaz.core.i18n.Localization;

/**
 * The calendar's drawing: one canvas the size of what is visible, with scroll bars; each frame
 * draws only the rows and days in view (so a quarter of 34 beds costs the same as two weeks). The
 * bed names on the left, the days on top and the occupancy at the bottom stay put while the grid
 * scrolls. Keys and the mouse move the cursor, choose free nights, and drag a bar to move it or its
 * right end to stretch it; what they mean is the view model's.
 */
public final class CalendarCanvas extends Region {

    static final double LEFT = 170;
    static final double HEADER = 38;
    static final double ROW = 24;
    static final double FOOTER_ROW = 28;
    private static final double STRETCH_GRIP = 6;
    /** How close to the grid's edge a drag starts scrolling, and how often it scrolls a day or a bed on. */
    private static final double EDGE = 16;
    private static final double AUTO_SCROLL_MS = 70;

    private static final Color WEEKEND = Color.web("#eef0f3");
    private static final Color GRID = Color.web("#d5d9de");
    private static final Color HEADING = Color.web("#e2e6ea");
    private static final Color TODAY = Color.web("#d32f2f");
    private static final Color SELECTION = Color.web("#ffe08a");
    private static final Color CURSOR = Color.web("#1f4e8c");

    private final CalendarViewModel viewModel;
    private final Localization text;
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Font font = Font.font("System", 12);
    private final Font small = Font.font("System", 10);
    private final Font bold = Font.font("System", FontWeight.BOLD, 12);

    private Consumer<Booking> onOpenBooking = b -> { };
    private Runnable onBookSelection = () -> { };

    /** A bar being dragged: moved as a whole, or its last night stretched. */
    private Booking dragged;
    private boolean stretching;
    private int dragRow;
    private LocalDate dragDay;
    private LocalDate pressDay;
    private boolean selecting;
    /** Where the pointer last was while dragging: past an edge, the calendar scrolls on by itself. */
    private double pointerX;
    private double pointerY;
    private final Timeline autoScroll = new Timeline(new KeyFrame(Duration.millis(AUTO_SCROLL_MS), event -> autoScrollStep()));

    public CalendarCanvas(CalendarViewModel viewModel, Localization text) {
        this.viewModel = viewModel;
        this.text = text;
        setId("bedCalendar");
        setFocusTraversable(true);
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        horizontal.valueProperty().addListener((obs, old, now) -> draw());
        vertical.valueProperty().addListener((obs, old, now) -> draw());
        viewModel.versionProperty().addListener((obs, old, now) -> {
            requestLayout();
            draw();
        });
        viewModel.cursorRowProperty().addListener((obs, old, now) -> showCursor());
        viewModel.cursorDayProperty().addListener((obs, old, now) -> showCursor());
        viewModel.selectionProperty().addListener((obs, old, now) -> draw());
        focusedProperty().addListener((obs, old, now) -> draw());
        viewModel.periodProperty().addListener((obs, old, now) -> requestLayout());
        horizontal.setFocusTraversable(false);
        vertical.setFocusTraversable(false);
        autoScroll.setCycleCount(Animation.INDEFINITE);
        // filters, not handlers: nothing inside (or a scroll bar) takes the arrows and Page keys first
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            if (event.isPrimaryButtonDown()) {
                dragged(event);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, event -> {
            ScrollBar bar = event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY()) ? horizontal : vertical;
            double delta = bar == horizontal ? (event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY()) : event.getDeltaY();
            bar.setValue(clamp(bar.getValue() - delta, bar.getMin(), bar.getMax()));
            event.consume();
        });
    }

    CalendarViewModel viewModel() {
        return viewModel;
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }

    /** What a double click or Enter on a booking does (the view opens the dialog). */
    public void setOnOpenBooking(Consumer<Booking> open) {
        this.onOpenBooking = open;
    }

    /** What a double click or Enter on free nights does. */
    public void setOnBookSelection(Runnable book) {
        this.onBookSelection = book;
    }

    // ---- geometry

    double cellWidth() {
        double available = Math.max(0, getWidth() - LEFT - vertical.getWidth());
        switch (viewModel.periodProperty().get()) {
            case TWO_WEEKS:
                return Math.max(44, Math.floor(available / 14));
            case MONTH:
                return Math.max(32, Math.floor(available / 31));
            default:
                return 28;
        }
    }

    private double footerHeight() {
        return FOOTER_ROW * BedUnit.values().length;
    }

    private double gridWidth() {
        return canvas.getWidth() - LEFT;
    }

    private double gridHeight() {
        return canvas.getHeight() - HEADER - footerHeight();
    }

    @Override
    protected void layoutChildren() {
        double barSize = 14;
        double width = getWidth();
        double height = getHeight();
        horizontal.resizeRelocate(0, height - barSize, width - barSize, barSize);
        vertical.resizeRelocate(width - barSize, 0, barSize, height - barSize);
        canvas.setWidth(Math.max(0, width - barSize));
        canvas.setHeight(Math.max(0, height - barSize));
        double contentWidth = viewModel.days() * cellWidth();
        double contentHeight = viewModel.rows().size() * ROW;
        horizontal.setMax(Math.max(0, contentWidth - gridWidth()));
        horizontal.setVisibleAmount(gridWidth());
        horizontal.setUnitIncrement(cellWidth());
        vertical.setMax(Math.max(0, contentHeight - gridHeight()));
        vertical.setVisibleAmount(gridHeight());
        vertical.setUnitIncrement(ROW);
        horizontal.setValue(clamp(horizontal.getValue(), 0, horizontal.getMax()));
        vertical.setValue(clamp(vertical.getValue(), 0, vertical.getMax()));
        draw();
    }

    private double xOfDay(int dayIndex) {
        return LEFT + dayIndex * cellWidth() - horizontal.getValue();
    }

    private double yOfRow(int row) {
        return HEADER + row * ROW - vertical.getValue();
    }

    /** The row under a point of the canvas, or -1. */
    int rowAt(double y) {
        if (y < HEADER || y > HEADER + gridHeight()) {
            return -1;
        }
        int row = (int) Math.floor((y - HEADER + vertical.getValue()) / ROW);
        return row < viewModel.rows().size() ? row : -1;
    }

    /** The day under a point of the canvas, kept inside the period. */
    LocalDate dayAt(double x) {
        int index = (int) Math.floor((Math.max(x, LEFT) - LEFT + horizontal.getValue()) / cellWidth());
        return viewModel.day(Math.max(0, Math.min(viewModel.days() - 1, index)));
    }

    /** Where a cell's middle is on the canvas, for a test's mouse; scrolls it into view first. */
    public javafx.geometry.Point2D cellCentre(int row, LocalDate day) {
        scrollTo(row, day);
        int index = (int) ChronoUnit.DAYS.between(viewModel.day(0), day);
        return canvas.localToScreen(xOfDay(index) + cellWidth() / 2, yOfRow(row) + ROW / 2);
    }

    private void showCursor() {
        LocalDate day = viewModel.cursorDayProperty().get();
        if (day != null && viewModel.cursorRowProperty().get() >= 0) {
            scrollTo(viewModel.cursorRowProperty().get(), day);
        }
        draw();
    }

    private void scrollTo(int row, LocalDate day) {
        int index = (int) ChronoUnit.DAYS.between(viewModel.day(0), day);
        double left = index * cellWidth();
        if (left < horizontal.getValue()) {
            horizontal.setValue(left);
        } else if (left + cellWidth() > horizontal.getValue() + gridWidth()) {
            horizontal.setValue(clamp(left + cellWidth() - gridWidth(), 0, horizontal.getMax()));
        }
        double top = row * ROW;
        if (top < vertical.getValue()) {
            vertical.setValue(top);
        } else if (top + ROW > vertical.getValue() + gridHeight()) {
            vertical.setValue(clamp(top + ROW - gridHeight(), 0, vertical.getMax()));
        }
    }

    // ---- drawing

    /** Draws what is in view: about (visible rows x visible days) cells, whatever the period. */
    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        List<CalendarRow> rows = viewModel.rows();
        int days = viewModel.days();
        double cell = cellWidth();
        int firstDay = Math.max(0, (int) Math.floor(horizontal.getValue() / cell));
        int lastDay = Math.min(days - 1, (int) Math.floor((horizontal.getValue() + gridWidth()) / cell));
        int firstRow = Math.max(0, (int) Math.floor(vertical.getValue() / ROW));
        int lastRow = Math.min(rows.size() - 1, (int) Math.floor((vertical.getValue() + gridHeight()) / ROW));
        LocalDate today = viewModel.today();

        g.save();
        g.beginPath();
        g.rect(LEFT, HEADER, gridWidth(), gridHeight());
        g.clip();
        for (int d = firstDay; d <= lastDay; d++) {
            if (isWeekend(viewModel.day(d))) {
                g.setFill(WEEKEND);
                g.fillRect(xOfDay(d), HEADER, cell, gridHeight());
            }
        }
        for (int r = firstRow; r <= lastRow; r++) {
            drawRow(g, r, rows.get(r), firstDay, lastDay, cell);
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int d = firstDay; d <= lastDay + 1; d++) {
            double x = Math.floor(xOfDay(d)) + 0.5;
            g.strokeLine(x, HEADER, x, HEADER + gridHeight());
        }
        drawDrag(g, cell);
        drawCursor(g, cell);
        int todayIndex = (int) ChronoUnit.DAYS.between(viewModel.day(0), today);
        if (todayIndex >= firstDay && todayIndex <= lastDay) {
            g.setStroke(TODAY);
            g.setLineWidth(2);
            double x = xOfDay(todayIndex) + 1;
            g.strokeLine(x, HEADER, x, HEADER + gridHeight());
        }
        g.restore();

        drawHeader(g, firstDay, lastDay, cell, todayIndex);
        drawNames(g, rows, firstRow, lastRow);
        drawFooter(g, firstDay, lastDay, cell);
    }

    private void drawRow(GraphicsContext g, int r, CalendarRow row, int firstDay, int lastDay, double cell) {
        double y = yOfRow(r);
        if (row.isHeading()) {
            g.setFill(HEADING);
            g.fillRect(LEFT, y, gridWidth(), ROW);
            return;
        }
        if (row.firstOfRoom()) {
            g.setStroke(Color.web("#9aa3ad"));
            g.setLineWidth(1);
            g.strokeLine(LEFT, Math.floor(y) + 0.5, LEFT + gridWidth(), Math.floor(y) + 0.5);
        }
        CalendarViewModel.Selection chosen = viewModel.selectionProperty().get();
        if (chosen != null && chosen.row() == r) {
            int from = index(chosen.first());
            int to = index(chosen.last());
            g.setFill(SELECTION);
            g.fillRect(xOfDay(from), y + 1, (to - from + 1) * cell, ROW - 2);
        }
        LocalDate first = viewModel.day(firstDay);
        LocalDate last = viewModel.day(lastDay);
        for (Booking booking : viewModel.bookingsOf(row.bed().id())) {
            if (booking.lastNight().isBefore(first) || booking.firstNight().isAfter(last)) {
                continue;
            }
            drawBar(g, booking, y, cell, first, last, booking == dragged ? 0.35 : 1);
        }
    }

    private void drawBar(GraphicsContext g, Booking booking, double y, double cell, LocalDate first, LocalDate last, double opacity) {
        LocalDate from = booking.firstNight().isBefore(first) ? first : booking.firstNight();
        LocalDate to = booking.lastNight().isAfter(last) ? last : booking.lastNight();
        double x = xOfDay(index(from)) + 2;
        double w = (ChronoUnit.DAYS.between(from, to) + 1) * cell - 4;
        g.setGlobalAlpha(opacity);
        g.setFill(fill(booking.status()));
        g.fillRoundRect(x, y + 3, w, ROW - 6, 6, 6);
        for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
            if (booking.atHomeOn(night)) {
                double hx = xOfDay(index(night));
                g.setFill(Color.WHITE);
                g.fillRect(hx + 1, y + 6, cell - 2, ROW - 12);
            }
        }
        g.setStroke(stroke(booking.status()));
        g.setLineWidth(1.5);
        if (booking.status() == BookingStatus.CANCELLED) {
            g.setLineDashes(4, 3);
        }
        g.strokeRoundRect(x, y + 3, w, ROW - 6, 6, 6);
        g.setLineDashes();
        g.setFill(booking.status() == BookingStatus.CHECKED_IN ? Color.WHITE : Color.BLACK);
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.save();
        g.beginPath();
        g.rect(x, y, w, ROW);
        g.clip();
        g.fillText(booking.title(), x + 4, y + ROW / 2);
        g.restore();
        g.setGlobalAlpha(1);
    }

    static Color fill(BookingStatus status) {
        switch (status) {
            case PLANNED:
                return Color.web("#cfe3fb");
            case CHECKED_IN:
                return Color.web("#2e7d32");
            case CHECKED_OUT:
                return Color.web("#c8c8c8");
            default:
                return Color.WHITE;
        }
    }

    private static Color stroke(BookingStatus status) {
        switch (status) {
            case PLANNED:
                return Color.web("#1f4e8c");
            case CHECKED_IN:
                return Color.web("#1b5e20");
            case CHECKED_OUT:
                return Color.web("#616161");
            default:
                return Color.web("#b71c1c");
        }
    }

    private void drawDrag(GraphicsContext g, double cell) {
        if (dragged == null || dragRow < 0) {
            return;
        }
        LocalDate first;
        LocalDate last;
        if (stretching) {
            first = dragged.firstNight();
            last = dragDay.isBefore(first) ? first : dragDay;
        } else {
            long shift = ChronoUnit.DAYS.between(pressDay, dragDay);
            first = dragged.firstNight().plusDays(shift);
            last = dragged.lastNight().plusDays(shift);
        }
        int row = stretching ? viewModel.cursorRowProperty().get() : dragRow;
        double x = xOfDay(index(first)) + 2;
        double w = (ChronoUnit.DAYS.between(first, last) + 1) * cell - 4;
        g.setStroke(CURSOR);
        g.setLineWidth(2);
        g.setLineDashes(5, 3);
        g.strokeRoundRect(x, yOfRow(row) + 2, w, ROW - 4, 6, 6);
        g.setLineDashes();
    }

    private void drawCursor(GraphicsContext g, double cell) {
        int row = viewModel.cursorRowProperty().get();
        LocalDate day = viewModel.cursorDayProperty().get();
        if (row < 0 || day == null || !isFocused()) {
            if (row >= 0 && day != null) {
                g.setStroke(Color.web("#7d93b2"));
                g.setLineWidth(1);
                g.strokeRect(xOfDay(index(day)) + 0.5, yOfRow(row) + 0.5, cell - 1, ROW - 1);
            }
            return;
        }
        g.setStroke(CURSOR);
        g.setLineWidth(2);
        g.strokeRect(xOfDay(index(day)) + 1, yOfRow(row) + 1, cell - 2, ROW - 2);
    }

    private void drawHeader(GraphicsContext g, int firstDay, int lastDay, double cell, int todayIndex) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), HEADER);
        g.save();
        g.beginPath();
        g.rect(LEFT, 0, gridWidth(), HEADER);
        g.clip();
        g.setTextBaseline(VPos.CENTER);
        for (int d = firstDay; d <= lastDay; d++) {
            LocalDate day = viewModel.day(d);
            double x = xOfDay(d);
            if (isWeekend(day)) {
                g.setFill(WEEKEND);
                g.fillRect(x, 0, cell, HEADER);
            }
            if (day.getDayOfMonth() == 1 || d == firstDay) {
                g.setFill(Color.BLACK);
                g.setFont(bold);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, text.language().locale()) + " " + day.getYear(),
                        x + 3, 9);
            }
            g.setFill(d == todayIndex ? TODAY : Color.BLACK);
            g.setFont(d == todayIndex ? bold : font);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Integer.toString(day.getDayOfMonth()), x + cell / 2, 22);
            g.setFont(small);
            g.fillText(day.getDayOfWeek().getDisplayName(TextStyle.SHORT_STANDALONE, text.language().locale()), x + cell / 2, 33);
        }
        g.restore();
        g.setStroke(GRID);
        g.strokeLine(0, HEADER - 0.5, canvas.getWidth(), HEADER - 0.5);
    }

    private void drawNames(GraphicsContext g, List<CalendarRow> rows, int firstRow, int lastRow) {
        g.setFill(Color.WHITE);
        g.fillRect(0, HEADER, LEFT, gridHeight());
        g.save();
        g.beginPath();
        g.rect(0, HEADER, LEFT, gridHeight());
        g.clip();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int r = firstRow; r <= lastRow; r++) {
            CalendarRow row = rows.get(r);
            double y = yOfRow(r);
            if (row.isHeading()) {
                g.setFill(HEADING);
                g.fillRect(0, y, LEFT, ROW);
                g.setFill(Color.BLACK);
                g.setFont(bold);
                g.fillText(text.text(row.unit().nameKey()), 6, y + ROW / 2);
                continue;
            }
            if (row.firstOfRoom()) {
                g.setStroke(Color.web("#9aa3ad"));
                g.strokeLine(0, Math.floor(y) + 0.5, LEFT, Math.floor(y) + 0.5);
                g.setFill(Color.web("#444"));
                g.setFont(small);
                g.fillText(row.bed().room(), 6, y + ROW / 2, LEFT - 60);
            }
            g.setFill(Color.BLACK);
            g.setFont(font);
            g.fillText(row.bed().label(), LEFT - 52, y + ROW / 2, 48);
        }
        g.restore();
        g.setStroke(GRID);
        g.strokeLine(LEFT - 0.5, 0, LEFT - 0.5, canvas.getHeight());
    }

    private void drawFooter(GraphicsContext g, int firstDay, int lastDay, double cell) {
        double top = HEADER + gridHeight();
        g.setFill(Color.web("#f7f7f7"));
        g.fillRect(0, top, canvas.getWidth(), footerHeight());
        g.setStroke(Color.web("#9aa3ad"));
        g.strokeLine(0, top + 0.5, canvas.getWidth(), top + 0.5);
        g.setTextBaseline(VPos.CENTER);
        int i = 0;
        for (BedUnit unit : BedUnit.values()) {
            double y = top + i * FOOTER_ROW;
            g.setFill(Color.BLACK);
            g.setFont(small);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text.text("beds.footer", text.text(unit.nameKey())), 6, y + FOOTER_ROW / 2, LEFT - 10);
            g.save();
            g.beginPath();
            g.rect(LEFT, y, gridWidth(), FOOTER_ROW);
            g.clip();
            g.setTextAlign(TextAlignment.CENTER);
            for (int d = firstDay; d <= lastDay; d++) {
                String[] lines = viewModel.footerText(unit, d).split("\n");
                if (lines.length == 2) {
                    g.fillText(lines[0], xOfDay(d) + cell / 2, y + 8);
                    g.fillText(lines[1], xOfDay(d) + cell / 2, y + 20);
                }
            }
            g.restore();
            i++;
        }
    }

    private int index(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(viewModel.day(0), day);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    // ---- keys and mouse

    private void keyPressed(KeyEvent event) {
        boolean extend = event.isShiftDown();
        KeyCode code = event.getCode();
        if (code == KeyCode.LEFT) {
            viewModel.moveCursor(0, -1, extend);
        } else if (code == KeyCode.RIGHT) {
            viewModel.moveCursor(0, 1, extend);
        } else if (code == KeyCode.UP) {
            viewModel.moveCursor(-1, 0, extend);
        } else if (code == KeyCode.DOWN) {
            viewModel.moveCursor(1, 0, extend);
        } else if (code == KeyCode.PAGE_UP) {
            viewModel.previousPeriod();
        } else if (code == KeyCode.PAGE_DOWN) {
            viewModel.nextPeriod();
        } else if (code == KeyCode.ENTER) {
            open();
        } else {
            return;
        }
        event.consume();
    }

    /** T goes to today: the character typed, so the key works under a Russian or Tajik layout too (Е there). */
    private void keyTyped(KeyEvent event) {
        String typed = event.getCharacter().toLowerCase(java.util.Locale.ROOT);
        if (!event.isControlDown() && (typed.equals("t") || typed.equals("е"))) {
            viewModel.goToToday();
            event.consume();
        }
    }

    private void open() {
        Booking booking = viewModel.selectedBookingProperty().get();
        if (booking != null && viewModel.selectionProperty().get() == null) {
            onOpenBooking.accept(booking);
        } else {
            onBookSelection.run();
        }
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        event.consume(); // the tab pane around would take the focus back
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int row = rowAt(event.getY());
        if (row < 0 || event.getX() < LEFT) {
            return;
        }
        LocalDate day = dayAt(event.getX());
        Optional<Booking> booking = viewModel.bookingAt(row, day);
        if (event.getClickCount() == 2) {
            viewModel.setCursor(row, day, false);
            open();
            return;
        }
        if (booking.isPresent() && !event.isShiftDown()) {
            viewModel.setCursor(row, day, false);
            Booking bar = booking.get();
            if (viewModel.mayBook() && (bar.status() == BookingStatus.PLANNED || bar.status() == BookingStatus.CHECKED_IN)) {
                double barEnd = xOfDay(index(bar.lastNight())) + cellWidth() - 2;
                dragged = bar;
                stretching = bar.status() == BookingStatus.CHECKED_IN || event.getX() >= barEnd - STRETCH_GRIP;
                dragRow = row;
                pressDay = day;
                dragDay = day;
            }
            return;
        }
        selecting = true;
        viewModel.setCursor(row, day, event.isShiftDown());
    }

    private void dragged(MouseEvent event) {
        pointerX = event.getX();
        pointerY = event.getY();
        dragTo(pointerX, pointerY);
        boolean pastAnEdge = (dragged != null || selecting) && (horizontalStep() != 0 || verticalStep() != 0);
        if (pastAnEdge && autoScroll.getStatus() != Animation.Status.RUNNING) {
            autoScroll.play();
        } else if (!pastAnEdge) {
            autoScroll.stop();
        }
    }

    /** -1 or 1 while a drag is held near the left or right edge of the days and there is more to see that way. */
    int horizontalStep() {
        if (pointerX < LEFT + EDGE && horizontal.getValue() > 0) {
            return -1;
        }
        return pointerX > LEFT + gridWidth() - EDGE && horizontal.getValue() < horizontal.getMax() ? 1 : 0;
    }

    /** -1 or 1 while a bar being moved is held near the top or bottom of the beds (a choice of nights stays on its bed). */
    int verticalStep() {
        if (dragged == null || stretching) {
            return 0;
        }
        if (pointerY < HEADER + EDGE && vertical.getValue() > 0) {
            return -1;
        }
        return pointerY > HEADER + gridHeight() - EDGE && vertical.getValue() < vertical.getMax() ? 1 : 0;
    }

    /** One step of scrolling while the drag is held past an edge; the bar or the choice follows under the pointer. */
    void autoScrollStep() {
        int across = horizontalStep();
        int down = verticalStep();
        if (dragged == null && !selecting || across == 0 && down == 0) {
            autoScroll.stop();
            return;
        }
        horizontal.setValue(clamp(horizontal.getValue() + across * cellWidth(), 0, horizontal.getMax()));
        vertical.setValue(clamp(vertical.getValue() + down * ROW, 0, vertical.getMax()));
        dragTo(pointerX, clamp(pointerY, HEADER + 1, HEADER + gridHeight() - 1));
    }

    boolean autoScrolling() {
        return autoScroll.getStatus() == Animation.Status.RUNNING;
    }

    private void dragTo(double x, double y) {
        LocalDate day = dayAt(x);
        if (dragged != null) {
            int row = rowAt(y);
            if (row >= 0 && !viewModel.rows().get(row).isHeading()) {
                dragRow = row;
            }
            dragDay = day;
            draw();
        } else if (selecting) {
            viewModel.setCursor(viewModel.cursorRowProperty().get(), day, true);
        }
    }

    private void released(MouseEvent event) {
        // where the button comes up decides, whatever drag events came before (some platforms send few)
        autoScroll.stop();
        dragTo(event.getX(), event.getY());
        selecting = false;
        if (dragged == null) {
            return;
        }
        Booking bar = dragged;
        dragged = null;
        if (!dragDay.equals(pressDay) || dragRow != viewModel.cursorRowProperty().get()) {
            if (stretching) {
                viewModel.stretch(bar, dragDay.isBefore(bar.firstNight()) ? bar.firstNight() : dragDay);
            } else {
                viewModel.move(bar, dragRow, bar.firstNight().plusDays(ChronoUnit.DAYS.between(pressDay, dragDay)));
            }
        }
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 300;
    }
}
