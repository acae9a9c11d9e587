package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.ImageData;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.transform.Transform;

/**
 * The drawing being collected for one view, and where the node now being drawn sits in it:
 * its transform to the drawing's coordinates (the view's box), the opacity and clip it
 * inherits, the shadow filter of its own effect. Emitters write coordinates through
 * {@link #ox()}/{@link #oy()}: when the node is only translated the offset is baked into
 * them (the usual case, small attributes); otherwise they write local coordinates and the
 * element gets a {@code transform} (rotation, scale, shear). FX thread only.
 */
final class FxDrawingOut {
    /** Where a node sits: local-to-drawing affine, inherited opacity and clip ({@code url(#…)} or null). */
    record Place(double mxx, double mxy, double tx, double myx, double myy, double ty, double opacity, String clip) {
        static final Place IDENTITY = new Place(1, 0, 0, 0, 1, 0, 1, null);

        boolean translationOnly() {
            return mxx == 1 && myy == 1 && mxy == 0 && myx == 0;
        }

        /** This place followed by {@code t} (a child's local-to-parent transform). */
        Place then(Transform t) {
            if (t.isIdentity()) return this;
            double a = t.getMxx(), b = t.getMxy(), c = t.getTx(), d = t.getMyx(), e = t.getMyy(), f = t.getTy();
            return new Place(
                    mxx * a + mxy * d,
                    mxx * b + mxy * e,
                    mxx * c + mxy * f + tx,
                    myx * a + myy * d,
                    myx * b + myy * e,
                    myx * c + myy * f + ty,
                    opacity,
                    clip);
        }

        Place moved(double dx, double dy) {
            return new Place(mxx, mxy, tx + dx, myx, myy, ty + dy, opacity, clip);
        }

        Place withOpacity(double o) {
            return new Place(mxx, mxy, tx, myx, myy, ty, o, clip);
        }

        Place withClip(String c) {
            return new Place(mxx, mxy, tx, myx, myy, ty, opacity, c);
        }

        String matrix() {
            return "matrix(" + FxPaintStyles.num4(mxx) + " " + FxPaintStyles.num4(myx) + " " + FxPaintStyles.num4(mxy)
                    + " " + FxPaintStyles.num4(myy) + " " + FxPaintStyles.num(tx) + " " + FxPaintStyles.num(ty) + ")";
        }
    }

    /** Name/value pairs of one element, numbers rounded to two decimals. */
    static final class Attrs {
        final List<String> list = new ArrayList<>(16);

        Attrs add(String name, String value) {
            if (value != null) {
                list.add(name);
                list.add(value);
            }
            return this;
        }

        Attrs num(String name, double v) {
            return add(name, FxPaintStyles.num(v));
        }

        String[] array() {
            return list.toArray(new String[0]);
        }
    }

    final List<DrawElement> elements = new ArrayList<>();
    private final String idPrefix;
    private int nextId;
    Place place = Place.IDENTITY;
    /** The filter ({@code url(#…)}) of the node being drawn now, for its own elements only. */
    String filter;

    FxDrawingOut(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** A document-unique id for a definition of this drawing. */
    String newId() {
        return idPrefix + "g" + nextId++;
    }

    /** What to add to local x to write it (the translation when baked, else 0: a transform follows). */
    double ox() {
        return place.translationOnly() ? place.tx : 0;
    }

    double oy() {
        return place.translationOnly() ? place.ty : 0;
    }

    void definition(DrawElement d) {
        elements.add(d);
    }

    /** A shape whose coordinates were written through {@link #ox()}/{@link #oy()}. */
    void shape(String tag, Attrs a) {
        finish(a, false);
        elements.add(DrawElement.shape(tag, a.array()));
    }

    /** A shape in local coordinates that cannot take an offset (an SVG path string). */
    void localShape(String tag, Attrs a) {
        finish(a, true);
        elements.add(DrawElement.shape(tag, a.array()));
    }

    void text(String text, Attrs a) {
        finish(a, false);
        elements.add(DrawElement.text(text, a.array()));
    }

    void image(ImageData image, Attrs a) {
        finish(a, false);
        elements.add(DrawElement.image(image, a.array()));
    }

    private void finish(Attrs a, boolean local) {
        boolean translated = place.translationOnly();
        if (!translated) {
            a.add("transform", place.matrix());
        } else if (local && (place.tx != 0 || place.ty != 0)) {
            a.add("transform", "translate(" + FxPaintStyles.num(place.tx) + " " + FxPaintStyles.num(place.ty) + ")");
        }
        if (place.opacity < 0.999) a.num("opacity", place.opacity);
        // A clip is in drawing coordinates: an element with its own transform would see it
        // transformed too, so it is applied to translated elements only (the box still clips).
        if (place.clip != null && translated && !local) a.add("clip-path", place.clip);
        if (filter != null) a.add("filter", filter);
    }
}
