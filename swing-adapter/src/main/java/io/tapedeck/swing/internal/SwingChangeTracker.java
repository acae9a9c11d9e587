package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.safety.ErrorBoundary;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.AdjustmentEvent;
import java.awt.event.AdjustmentListener;
import java.awt.event.ComponentEvent;
import java.awt.event.ContainerEvent;
import java.awt.event.FocusEvent;
import java.awt.event.HierarchyEvent;
import java.awt.event.ItemEvent;
import java.awt.event.ItemListener;
import java.awt.event.MouseEvent;
import java.awt.event.TextEvent;
import java.awt.event.TextListener;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLayeredPane;
import javax.swing.JProgressBar;
import javax.swing.JScrollBar;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JViewport;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Turns Swing's events into dirty marks. One instance serves every component as each of the
 * listener types whose events name their component (AWT events, property changes, change,
 * adjustment, item and text events); model and document events go through a per-component
 * {@link PartListener}. Each callback runs through the capture's {@link ErrorBoundary}: it never
 * throws into Swing.
 */
final class SwingChangeTracker
        implements AWTEventListener,
                PropertyChangeListener,
                ChangeListener,
                AdjustmentListener,
                ItemListener,
                TextListener {

    static final long EVENT_MASK = AWTEvent.CONTAINER_EVENT_MASK
            | AWTEvent.HIERARCHY_EVENT_MASK
            | AWTEvent.COMPONENT_EVENT_MASK
            | AWTEvent.WINDOW_EVENT_MASK
            | AWTEvent.FOCUS_EVENT_MASK
            | AWTEvent.MOUSE_EVENT_MASK
            | AWTEvent.MOUSE_MOTION_EVENT_MASK
            | AWTEvent.MOUSE_WHEEL_EVENT_MASK;

    /** Properties that replace a model or document a {@link PartListener} is attached to. */
    private static final Set<String> REBIND =
            Set.of("document", "model", "selectionModel", "columnModel", "rowSorter", "editor", "editable");

    private final ComponentRegistry registry;
    private final SwingWindowOrder order;
    private final SwingInputRecorder input;
    private final ErrorBoundary boundary;
    // The callbacks' bodies, held once so that a callback allocates nothing to pass them.
    private final Consumer<AWTEvent> onAwtEvent = this::dispatch;
    private final Consumer<PropertyChangeEvent> onPropertyChange = this::propertyChanged;
    private final Consumer<Object> onChange = this::changed;
    private final Consumer<Object> markSource = this::markSource;
    private final Consumer<Component> markDirty = this::markDirty;

    SwingChangeTracker(
            ComponentRegistry registry, SwingWindowOrder order, SwingInputRecorder input, ErrorBoundary boundary) {
        this.registry = registry;
        this.order = order;
        this.input = input;
        this.boundary = boundary;
    }

    /** Attaches the listeners a newly captured component needs. */
    void listen(Component c, ComponentState t) {
        c.addPropertyChangeListener(this);
        if (c instanceof AbstractButton) ((AbstractButton) c).addChangeListener(this);
        else if (c instanceof JViewport) ((JViewport) c).addChangeListener(this);
        else if (c instanceof JTabbedPane) ((JTabbedPane) c).addChangeListener(this);
        else if (c instanceof JSlider) ((JSlider) c).addChangeListener(this);
        else if (c instanceof JProgressBar) ((JProgressBar) c).addChangeListener(this);
        else if (c instanceof JScrollBar) ((JScrollBar) c).addAdjustmentListener(this);
        else if (c instanceof JComboBox) ((JComboBox<?>) c).addItemListener(this);
        else if (c instanceof java.awt.TextComponent) ((java.awt.TextComponent) c).addTextListener(this);
        else if (c instanceof java.awt.Checkbox) ((java.awt.Checkbox) c).addItemListener(this);
        else if (c instanceof java.awt.Scrollbar) ((java.awt.Scrollbar) c).addAdjustmentListener(this);
        t.parts = PartListener.attachTo(this, c);
        t.listening = true;
    }

    /** Detaches everything {@link #listen} attached. */
    void unlisten(Component c, ComponentState t) {
        if (!t.listening) return;
        c.removePropertyChangeListener(this);
        if (c instanceof AbstractButton) ((AbstractButton) c).removeChangeListener(this);
        else if (c instanceof JViewport) ((JViewport) c).removeChangeListener(this);
        else if (c instanceof JTabbedPane) ((JTabbedPane) c).removeChangeListener(this);
        else if (c instanceof JSlider) ((JSlider) c).removeChangeListener(this);
        else if (c instanceof JProgressBar) ((JProgressBar) c).removeChangeListener(this);
        else if (c instanceof JScrollBar) ((JScrollBar) c).removeAdjustmentListener(this);
        else if (c instanceof JComboBox) ((JComboBox<?>) c).removeItemListener(this);
        else if (c instanceof java.awt.TextComponent) ((java.awt.TextComponent) c).removeTextListener(this);
        else if (c instanceof java.awt.Checkbox) ((java.awt.Checkbox) c).removeItemListener(this);
        else if (c instanceof java.awt.Scrollbar) ((java.awt.Scrollbar) c).removeAdjustmentListener(this);
        if (t.parts != null) t.parts.unbind();
        t.parts = null;
        t.listening = false;
    }

    @Override
    public void eventDispatched(AWTEvent e) {
        boundary.accept("the AWT event listener", onAwtEvent, e);
    }

    private void dispatch(AWTEvent e) {
        switch (e.getID()) {
            case ContainerEvent.COMPONENT_ADDED: {
                ContainerEvent ce = (ContainerEvent) e;
                registry.markChildren(ce.getContainer());
                registry.markDeep(ce.getChild());
                break;
            }
            case ContainerEvent.COMPONENT_REMOVED:
                registry.markChildren(((ContainerEvent) e).getContainer());
                break;
            case HierarchyEvent.HIERARCHY_CHANGED: {
                HierarchyEvent he = (HierarchyEvent) e;
                // Delivered to every component below the change; act once, on the changed one.
                if (he.getComponent() == he.getChanged()
                        && (he.getChangeFlags() & (HierarchyEvent.PARENT_CHANGED | HierarchyEvent.SHOWING_CHANGED))
                                != 0) {
                    registry.markDeep(he.getChanged());
                    if (he.getChangedParent() != null) registry.markChildren(he.getChangedParent());
                    if (isWindowOrPopup(he.getChanged(), he.getChangedParent())) registry.markWindowsChanged();
                }
                break;
            }
            case ComponentEvent.COMPONENT_MOVED:
            case ComponentEvent.COMPONENT_RESIZED:
            case ComponentEvent.COMPONENT_HIDDEN:
                registry.markDirty(((ComponentEvent) e).getComponent());
                break;
            case ComponentEvent.COMPONENT_SHOWN: {
                Component c = ((ComponentEvent) e).getComponent();
                registry.markDeep(c);
                if (c instanceof Window) order.raise(registry.track(c));
                break;
            }
            case WindowEvent.WINDOW_OPENED:
            case WindowEvent.WINDOW_ACTIVATED:
            case WindowEvent.WINDOW_GAINED_FOCUS: {
                Window w = ((WindowEvent) e).getWindow();
                order.raise(registry.track(w));
                registry.markDirty(w);
                break;
            }
            case WindowEvent.WINDOW_CLOSED:
            case WindowEvent.WINDOW_DEACTIVATED:
            case WindowEvent.WINDOW_LOST_FOCUS:
            case WindowEvent.WINDOW_STATE_CHANGED:
                registry.markDirty(((WindowEvent) e).getWindow());
                break;
            case FocusEvent.FOCUS_GAINED:
            case FocusEvent.FOCUS_LOST: {
                FocusEvent fe = (FocusEvent) e;
                registry.markDirty(fe.getComponent());
                input.focus(fe);
                break;
            }
            default:
                if (e instanceof MouseEvent) input.mouse((MouseEvent) e);
                break;
        }
    }

    /**
     * A window (a heavyweight popup's too, shown again from Swing's cache without a
     * WINDOW_OPENED), or a lightweight or medium-weight popup: what Swing adds to a layered
     * pane's popup layer.
     */
    private static boolean isWindowOrPopup(Component changed, Container parent) {
        return changed instanceof Window
                || parent instanceof JLayeredPane
                        && ((JLayeredPane) parent).getLayer(changed) >= JLayeredPane.POPUP_LAYER;
    }

    @Override
    public void propertyChange(PropertyChangeEvent evt) {
        boundary.accept("a property change listener", onPropertyChange, evt);
    }

    @Override
    public void stateChanged(ChangeEvent e) {
        boundary.accept("a change listener", onChange, e.getSource());
    }

    @Override
    public void adjustmentValueChanged(AdjustmentEvent e) {
        boundary.accept("an adjustment listener", markSource, e.getSource());
    }

    @Override
    public void itemStateChanged(ItemEvent e) {
        boundary.accept("an item listener", markSource, e.getSource());
    }

    @Override
    public void textValueChanged(TextEvent e) {
        boundary.accept("a text listener", markSource, e.getSource());
    }

    /** For {@link PartListener}: its component's model or document changed. */
    void markDirtyFromListener(Component c) {
        boundary.accept("a model listener", markDirty, c);
    }

    private void propertyChanged(PropertyChangeEvent evt) {
        if (!(evt.getSource() instanceof Component)) return;
        Component c = (Component) evt.getSource();
        if (REBIND.contains(evt.getPropertyName())) {
            ComponentState t = registry.find(c);
            if (t != null && t.parts != null) t.parts.rebind();
        }
        registry.markDirty(c);
    }

    private void changed(Object source) {
        if (!(source instanceof Component)) return;
        registry.markDirty((Component) source);
        if (source instanceof JViewport) {
            // Grids read only their visible cells: scrolling changes which ones.
            Component view = ((JViewport) source).getView();
            if (view != null) registry.markDirty(view);
        }
    }

    private void markSource(Object source) {
        if (source instanceof Component) registry.markDirty((Component) source);
    }

    private void markDirty(Component c) {
        registry.markDirty(c);
    }
}
