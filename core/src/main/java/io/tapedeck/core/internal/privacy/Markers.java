package io.tapedeck.core.internal.privacy;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Markers the app set through {@code Tapedeck.mask/unmask/block(component)}, for any toolkit's
 * components (held weakly, by identity: a marker never keeps a component alive, and an app's
 * {@code equals} is not trusted). Adapters ask {@link #of} while they capture. Thread-safe.
 */
public final class Markers {
    private static final Map<Key, PrivacyMarker> MARKERS = new HashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();
    private static volatile boolean any;
    /** Counts changes, so adapters notice a marker set on a component that is already shown. */
    private static volatile long version;

    private Markers() {}

    public static void set(Object component, PrivacyMarker marker) {
        if (component == null) throw new NullPointerException("component");
        synchronized (MARKERS) {
            expunge();
            if (marker == null || marker == PrivacyMarker.NONE) MARKERS.remove(new Key(component, null));
            else MARKERS.put(new Key(component, GONE), marker);
            any = !MARKERS.isEmpty();
            version++;
        }
    }

    /** Changes with every {@link #set}: an adapter that saw another value reads its components again. */
    public static long version() {
        return version;
    }

    /** The marker set on exactly this component, or {@link PrivacyMarker#NONE}. */
    public static PrivacyMarker of(Object component) {
        if (!any || component == null) return PrivacyMarker.NONE; // the common case costs one read
        synchronized (MARKERS) {
            PrivacyMarker m = MARKERS.get(new Key(component, null));
            return m == null ? PrivacyMarker.NONE : m;
        }
    }

    private static void expunge() {
        Object ref;
        while ((ref = GONE.poll()) != null) MARKERS.remove(ref);
    }

    /** Identity key; equal to a lookup key for the same live object, or to itself once cleared. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Key)) return false;
            Object mine = get();
            return mine != null && mine == ((Key) o).get();
        }
    }
}
