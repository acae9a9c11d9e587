package io.tapedeck.examples.inventory;

import javafx.application.Application;

/**
 * Starts Tapedeck Inventory. Not the {@code Application} itself: Java's launcher refuses an
 * {@code Application} main class when JavaFX sits on the class path (as in the demo's fat jar),
 * so this plain class launches it.
 *
 * <p>Options: {@code --autopilot}, {@code --autopilot-seconds N} (default 30).
 */
public final class InventoryMain {
    private InventoryMain() {}

    public static void main(String[] args) {
        long autopilotMs = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--autopilot":
                    autopilotMs = Math.max(autopilotMs, 30_000);
                    break;
                case "--autopilot-seconds":
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--autopilot-seconds needs a number");
                    }
                    autopilotMs = Long.parseLong(args[++i]) * 1000;
                    break;
                default:
                    throw new IllegalArgumentException(
                            "Unknown option " + args[i] + " (expected --autopilot, --autopilot-seconds N)");
            }
        }
        InventoryApp.autopilotMs = autopilotMs;
        Application.launch(InventoryApp.class);
    }
}
