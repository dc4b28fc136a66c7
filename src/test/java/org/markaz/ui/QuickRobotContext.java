package org.markaz.ui;

import java.lang.reflect.Field;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.ClickRobot;
import org.testfx.robot.DragRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.ScrollRobot;
import org.testfx.robot.TypeRobot;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.robot.impl.KeyboardRobotImpl;
import org.testfx.robot.impl.MouseRobotImpl;
import org.testfx.robot.impl.MoveRobotImpl;
import org.testfx.robot.impl.ScrollRobotImpl;
import org.testfx.robot.impl.TypeRobotImpl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's robots as they are, except for how long they wait after each mouse step, button and
 * key: TestFX lets the JavaFX thread run five times with 10 ms of sleep after every one of them,
 * which made the UI tests spend half their time asleep (a click: eight mouse steps, a press and a
 * release, over half a second). Here the JavaFX thread runs twice, with a sleep after each run:
 * the event has been handled, and a pulse (layout) has had its chance; once was too few on a
 * loaded machine. Waiting for background work stays the tests' own business
 * ({@link UiTestSupport#waitUntilIdle}).
 */
final class QuickRobotContext extends FxRobotContext {

    private final MouseRobot mouse = new QuickMouse(new MouseRobotImpl(getBaseRobot()));
    private final KeyboardRobot keyboard = new QuickKeyboard(new KeyboardRobotImpl(getBaseRobot()));
    private final MoveRobot move = new MoveRobotImpl(getBaseRobot(), mouse, getSleepRobot());
    private final ClickRobot click = new ClickRobotImpl(mouse, move, getSleepRobot());
    private final DragRobot drag = new DragRobotImpl(mouse, move);
    private final ScrollRobot scroll = new ScrollRobotImpl(mouse);
    private final TypeRobot type = new TypeRobotImpl(keyboard, getSleepRobot());

    /**
     * Gives {@code robot} this context. FxRobot keeps its context in a private field and asks it
     * for every robot it uses, so this one field is the only way in.
     */
    static void install(FxRobot robot) {
        try {
            Field context = FxRobot.class.getDeclaredField("context");
            context.setAccessible(true);
            context.set(robot, new QuickRobotContext());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX changed: FxRobot has no context field to give quicker robots", e);
        }
    }

    /** The JavaFX thread has handled what was sent, and had one more turn (with 10 ms of sleep after each). */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents(2);
    }

    @Override
    public MouseRobot getMouseRobot() {
        return mouse;
    }

    @Override
    public KeyboardRobot getKeyboardRobot() {
        return keyboard;
    }

    @Override
    public MoveRobot getMoveRobot() {
        return move;
    }

    @Override
    public ClickRobot getClickRobot() {
        return click;
    }

    @Override
    public DragRobot getDragRobot() {
        return drag;
    }

    @Override
    public ScrollRobot getScrollRobot() {
        return scroll;
    }

    @Override
    public TypeRobot getTypeRobot() {
        return type;
    }

    private static final class QuickMouse implements MouseRobot {

        private final MouseRobot robot;

        QuickMouse(MouseRobot robot) {
            this.robot = robot;
        }

        @Override
        public void press(MouseButton... buttons) {
            robot.pressNoWait(buttons);
            settle();
        }

        @Override
        public void pressNoWait(MouseButton... buttons) {
            robot.pressNoWait(buttons);
        }

        @Override
        public void release(MouseButton... buttons) {
            robot.releaseNoWait(buttons);
            settle();
        }

        @Override
        public void releaseNoWait(MouseButton... buttons) {
            robot.releaseNoWait(buttons);
        }

        @Override
        public void move(Point2D location) {
            robot.moveNoWait(location);
            settle();
        }

        @Override
        public void moveNoWait(Point2D location) {
            robot.moveNoWait(location);
        }

        @Override
        public void scroll(int wheelAmount) {
            robot.scrollNoWait(wheelAmount);
            settle();
        }

        @Override
        public void scrollNoWait(int wheelAmount) {
            robot.scrollNoWait(wheelAmount);
        }

        @Override
        public Set<MouseButton> getPressedButtons() {
            return robot.getPressedButtons();
        }
    }

    private static final class QuickKeyboard implements KeyboardRobot {

        private final KeyboardRobot robot;

        QuickKeyboard(KeyboardRobot robot) {
            this.robot = robot;
        }

        @Override
        public void press(KeyCode... keys) {
            robot.pressNoWait(keys);
            settle();
        }

        @Override
        public void pressNoWait(KeyCode... keys) {
            robot.pressNoWait(keys);
        }

        @Override
        public void release(KeyCode... keys) {
            robot.releaseNoWait(keys);
            settle();
        }

        @Override
        public void releaseNoWait(KeyCode... keys) {
            robot.releaseNoWait(keys);
        }

        @Override
        public Set<KeyCode> getPressedKeys() {
            return robot.getPressedKeys();
        }
    }
}
