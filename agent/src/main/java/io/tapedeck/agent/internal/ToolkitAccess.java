package io.tapedeck.agent.internal;

import java.lang.instrument.Instrumentation;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grants the Swing adapter what recording a component's own painting needs from
 * {@code java.desktop}, through the instrument API instead of asking users for
 * {@code --add-opens}: {@code javax.swing} opened (to call a container's protected
 * {@code paintComponent}/{@code paintBorder} without its children) and {@code sun.font}
 * exported (to name the real font behind a logical one such as {@code Dialog}). Only our own
 * module gets access; the app's modules see no difference. Without it (programmatic start
 * without the agent) the adapter degrades and says so once.
 */
final class ToolkitAccess {
    private ToolkitAccess() {}

    /** Returns null on success, else why access could not be granted (the caller logs it). */
    static String grant(Instrumentation inst) {
        try {
            Optional<Module> desktop = ModuleLayer.boot().findModule("java.desktop");
            if (!desktop.isPresent()) return "java.desktop is not in this runtime";
            Module ours = ToolkitAccess.class.getModule();
            Set<Module> us = Collections.singleton(ours);
            Map<String, Set<Module>> exports = new HashMap<>();
            if (desktop.get().getPackages().contains("sun.font")) exports.put("sun.font", us);
            Map<String, Set<Module>> opens = new HashMap<>();
            opens.put("javax.swing", us);
            if (!inst.isModifiableModule(desktop.get())) return "java.desktop cannot be modified";
            inst.redefineModule(
                    desktop.get(),
                    Collections.emptySet(),
                    exports,
                    opens,
                    Collections.emptySet(),
                    Collections.emptyMap());
            return null;
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
