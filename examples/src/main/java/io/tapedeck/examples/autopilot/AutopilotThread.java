package io.tapedeck.examples.autopilot;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

/**
 * What every demo's autopilot does the same way, whatever the toolkit: drives the app like a
 * user for a fixed time, then exits. Each step logs a timestamped line, and each state worth
 * checking in a replay prints {@code AUTOPILOT checkpoint <name> <epochMillis>} once the app
 * really shows it (checked on the UI thread); the state then holds for {@link #hold} ms so a
 * replay seeked just after the checkpoint shows it. A watchdog ends a JVM whose autopilot is
 * stuck, so none keeps running under a test.
 */
public abstract class AutopilotThread<R extends RobotDriver<?>> extends Thread {
    /** Tries at a step before it fails (lost input is aimed again in between). */
    private static final int MAX_ATTEMPTS = 4;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    protected final long deadline;
    /** How long each checked state holds, in ms. */
    protected final long hold;
    /** The toolkit's robot the steps use, made on this thread before the first step. */
    protected R robot;

    protected AutopilotThread(String name, long budgetMs, long hold) {
        super(name);
        this.deadline = System.currentTimeMillis() + budgetMs;
        this.hold = hold;
    }

    /** The app's steps, from the sign-in to the end of the time. */
    protected abstract void drive() throws Exception;

    /** The toolkit's robot, at the typing speed the app's steps want. */
    protected abstract R newRobot() throws Exception;

    /** Closes the app's windows before the JVM exits. */
    protected abstract void closeWindows() throws Exception;

    /** Between two tries of a step whose input had no effect; nothing by default. */
    protected void beforeTryingAgain() {}

    @Override
    public final void run() {
        startWatchdog();
        int status = 0;
        try {
            robot = newRobot();
            drive();
            checkpoint("done");
        } catch (Throwable t) {
            System.out.println("AUTOPILOT failed: " + t);
            t.printStackTrace(System.out);
            status = 1;
        }
        exit(status);
    }

    /**
     * Does {@code action} (real input) until {@code done} holds: input can get lost while a
     * just-opened window settles, and a person would simply try again. The last try is
     * {@code lastResort} ({@code lastResortIs} says what it does, for the log), so a run does not
     * fail on an X server without a window manager that lost track of a window.
     */
    protected final void act(
            String what, Runnable action, String lastResortIs, Runnable lastResort, Callable<Boolean> done) {
        for (int attempt = 1; ; attempt++) {
            if (attempt < MAX_ATTEMPTS) {
                try {
                    action.run();
                } catch (IllegalStateException notShowing) {
                    step("could not aim (" + notShowing.getMessage() + ")");
                }
            } else {
                step("real input keeps missing; " + lastResortIs + " (" + what + ")");
                lastResort.run();
            }
            try {
                robot.waitFor(what, done, attempt < MAX_ATTEMPTS ? 1500 : 5000);
                return;
            } catch (IllegalStateException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                step("no effect yet, trying again (" + what + ")");
                beforeTryingAgain();
            }
        }
    }

    /** Holds the state just reached, so a replay seeked to its checkpoint shows it. */
    protected final void holdState() {
        RobotDriver.sleep(hold);
    }

    protected static void step(String what) {
        System.out.println("AUTOPILOT " + LocalTime.now().format(CLOCK) + " " + what);
    }

    /** A state worth checking in a replay: its checkpoint, then {@link #holdState}. */
    protected final void reached(String checkpoint) {
        checkpoint(checkpoint);
        holdState();
    }

    protected static void checkpoint(String name) {
        System.out.println("AUTOPILOT checkpoint " + name + " " + System.currentTimeMillis());
    }

    private void exit(int status) {
        step("exiting with status " + status);
        try {
            closeWindows();
        } catch (Exception e) {
            // Exiting anyway.
        }
        System.out.flush();
        System.exit(status);
    }

    /** A stuck step must not leave a JVM running forever under a test. */
    private void startWatchdog() {
        Thread watchdog = new Thread(
                () -> {
                    RobotDriver.sleep(Math.max(0, deadline - System.currentTimeMillis()) + 60_000);
                    System.out.println("AUTOPILOT failed: still running a minute past its time");
                    Runtime.getRuntime().halt(2);
                },
                getName() + "-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
