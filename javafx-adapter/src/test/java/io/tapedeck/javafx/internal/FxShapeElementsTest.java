package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxTestKit.find;
import static io.tapedeck.javafx.internal.FxTestKit.fx;
import static io.tapedeck.javafx.internal.FxTestKit.show;
import static io.tapedeck.javafx.internal.FxTestKit.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;
import javafx.scene.shape.VLineTo;
import org.junit.jupiter.api.Test;

/** Shapes drawn as SVG: geometry, paint, stroke, transforms, opacity and clips. */
class FxShapeElementsTest extends FxStageTest {
    /** The whole drawing of a 400×300 pane holding {@code nodes} (pane coordinates = drawing coordinates). */
    private Drawing drawn(Node... nodes) throws Exception {
        return fx(() -> {
            Pane pane = new Pane(nodes);
            pane.setStyle("-fx-background-color: white;");
            pane.setPrefSize(400, 300);
            stage = show(pane, 400, 300);
            return FxDrawings.whole(pane, "t-");
        });
    }

    private static DrawElement only(Drawing d, String tag) {
        List<DrawElement> found = tagged(d, tag);
        found.removeIf(e -> "400".equals(e.attribute("width"))); // the pane's own background
        assertEquals(1, found.size(), tag + " in " + d);
        return found.get(0);
    }

    @Test
    void aPathIsOneSvgPathWithEverySegmentKindAndRelativeSegmentsStayRelative() throws Exception {
        LineTo relative = new LineTo(0, 5);
        relative.setAbsolute(false);
        Path path = new Path(
                new MoveTo(10, 10),
                new LineTo(50, 10),
                new HLineTo(60),
                new VLineTo(40),
                new QuadCurveTo(70, 50, 80, 40),
                new CubicCurveTo(90, 30, 100, 50, 110, 40),
                new ArcTo(10, 5, 0, 130, 40, false, true),
                relative,
                new ClosePath());
        path.setLayoutX(100);
        DrawElement e = only(drawn(path), "path");
        assertEquals(
                "M110,10 L150,10 H160 V40 Q170,50 180,40 C190,30 200,50 210,40 A10 5 0 0 1 230,40 l0,5 Z",
                e.attribute("d"));
        assertEquals("#000000", e.attribute("stroke"), "a path is stroked black by default");
        assertEquals("square", e.attribute("stroke-linecap"), "JavaFX's default cap is square, SVG's butt");
        assertEquals("10", e.attribute("stroke-miterlimit"));
    }

    @Test
    void aDeterminateProgressIndicatorsPieIsAnArcShapedRegion() throws Exception {
        javafx.scene.control.ProgressIndicator at40 = new javafx.scene.control.ProgressIndicator(0.4);
        at40.relocate(20, 20);
        Drawing d = drawn(at40);
        // The skin shapes its "progress" region with an Arc set in code (not a CSS -fx-shape).
        assertEquals(
                1,
                find(
                                d,
                                e -> "path".equals(e.tag())
                                        && String.valueOf(e.attribute("d")).startsWith("M0,0 L0,-10 A10 10"))
                        .size(),
                "the pie, a 40 % wedge from twelve o'clock: " + d);
        // Behind it the indicator's disc, a Circle shape, once per background fill (ring, shading, face).
        assertEquals(
                3,
                find(
                                d,
                                e -> "path".equals(e.tag())
                                        && String.valueOf(e.attribute("d")).startsWith("M-12,0 A12 12"))
                        .size(),
                "the disc: " + d);
    }

    @Test
    void polygonsAndPolylinesArePointLists() throws Exception {
        Polygon polygon = new Polygon(10, 10, 50, 10, 30, 40);
        polygon.setFill(Color.web("#336699"));
        polygon.setLayoutY(100);
        Polyline polyline = new Polyline(0, 0, 20, 20, 40, 0);
        polyline.setLayoutX(200);
        polyline.setLayoutY(10);
        Drawing d = drawn(polygon, polyline);
        DrawElement p = only(d, "polygon");
        assertEquals("10,110 50,110 30,140", p.attribute("points"));
        assertEquals("#336699", p.attribute("fill"));
        DrawElement l = only(d, "polyline");
        assertEquals("200,10 220,30 240,10", l.attribute("points"));
        assertEquals("none", l.attribute("fill"), "a polyline has no fill by default");
    }

    @Test
    void anSvgPathKeepsItsContentAndIsPlacedByATransform() throws Exception {
        SVGPath svg = new SVGPath();
        svg.setContent("M0 0 L10 10 L0 10 Z");
        svg.setFill(Color.RED);
        svg.relocate(100, 20);
        DrawElement e = only(drawn(svg), "path");
        assertEquals("M0 0 L10 10 L0 10 Z", e.attribute("d"));
        assertEquals("translate(100 20)", e.attribute("transform"));
        assertEquals("#ff0000", e.attribute("fill"));
    }

    @Test
    void ellipsesArcsAndCurvesAreDrawn() throws Exception {
        Ellipse ellipse = new Ellipse(50, 50, 30, 20);
        Arc pie = new Arc(150, 50, 40, 40, 0, 90);
        pie.setType(ArcType.ROUND);
        QuadCurve quad = new QuadCurve(10, 200, 50, 150, 90, 200);
        quad.setFill(null);
        quad.setStroke(Color.BLUE);
        CubicCurve cubic = new CubicCurve(200, 200, 220, 150, 260, 250, 280, 200);
        Drawing d = drawn(ellipse, pie, quad, cubic);
        DrawElement e = only(d, "ellipse");
        assertEquals(
                List.of("50", "50", "30", "20"),
                List.of(e.attribute("cx"), e.attribute("cy"), e.attribute("rx"), e.attribute("ry")));
        List<DrawElement> paths = tagged(d, "path");
        assertEquals(3, paths.size(), d.toString());
        // A quarter counter-clockwise from 3 o'clock: centre, east point, arc to the north point.
        assertEquals("M150,50 L190,50 A40 40 0 0 0 150,10 Z", paths.get(0).attribute("d"));
        assertEquals("M10,200 Q50,150 90,200", paths.get(1).attribute("d"));
        assertEquals("none", paths.get(1).attribute("fill"));
        assertEquals("#0000ff", paths.get(1).attribute("stroke"));
        assertEquals("M200,200 C220,150 260,250 280,200", paths.get(2).attribute("d"));
    }

    @Test
    void strokeWidthDashesCapsAndJoinsAreWritten() throws Exception {
        Rectangle r = new Rectangle(10, 10, 100, 50);
        r.setArcWidth(12);
        r.setArcHeight(8);
        r.setFill(Color.web("#ffcc00", 0.5));
        r.setStroke(Color.web("#112233"));
        r.setStrokeWidth(3);
        r.getStrokeDashArray().addAll(5.0, 2.0);
        r.setStrokeLineCap(StrokeLineCap.ROUND);
        r.setStrokeLineJoin(StrokeLineJoin.BEVEL);
        DrawElement e = only(drawn(r), "rect");
        assertEquals("6", e.attribute("rx"));
        assertEquals("4", e.attribute("ry"));
        assertEquals("#ffcc00", e.attribute("fill"));
        assertEquals("0.5", e.attribute("fill-opacity"));
        assertEquals("#112233", e.attribute("stroke"));
        assertEquals("3", e.attribute("stroke-width"));
        assertEquals("5,2", e.attribute("stroke-dasharray"));
        assertEquals("round", e.attribute("stroke-linecap"));
        assertEquals("bevel", e.attribute("stroke-linejoin"));
    }

    @Test
    void anInsideStrokeIsDrawnOnAGeometryShrunkByHalfItsWidth() throws Exception {
        Circle c = new Circle(100, 100, 40);
        c.setFill(Color.WHITE);
        c.setStroke(Color.BLACK);
        c.setStrokeWidth(10);
        c.setStrokeType(StrokeType.INSIDE);
        List<DrawElement> circles = tagged(drawn(c), "circle");
        assertEquals(2, circles.size());
        assertEquals("40", circles.get(0).attribute("r"));
        assertNull(circles.get(0).attribute("stroke"), "the fill on the real geometry");
        assertEquals("35", circles.get(1).attribute("r"));
        assertEquals("none", circles.get(1).attribute("fill"));
        assertEquals("10", circles.get(1).attribute("stroke-width"));
    }

    @Test
    void aRotatedOrScaledShapeCarriesItsTransform() throws Exception {
        Rectangle r = new Rectangle(0, 0, 40, 20);
        r.relocate(100, 100);
        r.setRotate(90);
        Line line = new Line(0, 0, 10, 0);
        line.setScaleX(2);
        line.setLayoutX(50);
        line.setLayoutY(50);
        Drawing d = drawn(r, line);
        DrawElement rect = only(d, "rect");
        assertEquals("0", rect.attribute("x"), "local coordinates under the transform");
        // Rotated 90° about its centre (120, 110): local (0,0) lands on (130, 90).
        assertEquals("matrix(0 1 -1 0 130 90)", rect.attribute("transform"));
        assertEquals("matrix(2 0 0 1 45 50)", only(d, "line").attribute("transform"));
    }

    @Test
    void gradientsAreDefinitionsTheShapeReferences() throws Exception {
        Circle c = new Circle(
                50,
                50,
                30,
                new LinearGradient(
                        0,
                        0,
                        1,
                        0,
                        true,
                        CycleMethod.NO_CYCLE,
                        new Stop(0, Color.RED),
                        new Stop(1, Color.web("#0000ff", 0.5))));
        Rectangle r = new Rectangle(100, 0, 50, 50);
        r.setFill(new RadialGradient(
                0, 0, 0.5, 0.5, 0.5, true, CycleMethod.REFLECT, new Stop(0, Color.WHITE), new Stop(1, Color.BLACK)));
        Drawing d = drawn(c, r);
        DrawElement linear = only(d, "linearGradient");
        assertEquals("url(#" + linear.attribute("id") + ")", only(d, "circle").attribute("fill"));
        assertEquals(2, linear.children().size());
        assertEquals("0.5", linear.children().get(1).attribute("stop-opacity"));
        DrawElement radial = only(d, "radialGradient");
        assertEquals("reflect", radial.attribute("spreadMethod"));
        assertEquals("url(#" + radial.attribute("id") + ")", only(d, "rect").attribute("fill"));
    }

    @Test
    void opacityMultipliesDownTheTreeAndClipsBecomeClipPaths() throws Exception {
        Rectangle inner = new Rectangle(0, 0, 200, 200);
        inner.setOpacity(0.5);
        Group group = new Group(inner);
        group.setOpacity(0.5);
        group.setLayoutX(20);
        group.setClip(new Rectangle(10, 10, 50, 40));
        Drawing d = drawn(group);
        DrawElement rect = tagged(d, "rect").stream()
                .filter(e -> "200".equals(e.attribute("width")))
                .findFirst()
                .orElseThrow();
        assertEquals("0.25", rect.attribute("opacity"));
        DrawElement clip = only(d, "clipPath");
        assertEquals("url(#" + clip.attribute("id") + ")", rect.attribute("clip-path"));
        DrawElement box = clip.children().get(0);
        assertEquals(
                List.of("30", "10", "50", "40"),
                List.of(box.attribute("x"), box.attribute("y"), box.attribute("width"), box.attribute("height")),
                "the clip in drawing coordinates");
    }

    @Test
    void aRegionsSidesThatDifferAreBandsAndUnequalCornersAPath() throws Exception {
        Pane cell = new Pane();
        cell.setStyle("-fx-border-color: transparent #888888 transparent transparent; -fx-border-width: 1;");
        cell.setPrefSize(80, 24);
        Pane tab = new Pane();
        tab.setStyle("-fx-background-color: #ddeeff; -fx-background-radius: 5 5 0 0;");
        tab.setPrefSize(60, 20);
        tab.setLayoutX(100);
        Drawing d = drawn(cell, tab);
        DrawElement line = tagged(d, "rect").stream()
                .filter(e -> "#888888".equals(e.attribute("fill")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("79", "0", "1", "24"),
                List.of(line.attribute("x"), line.attribute("y"), line.attribute("width"), line.attribute("height")),
                "the right border is a 1-pixel band");
        DrawElement rounded = tagged(d, "path").stream()
                .filter(e -> "#ddeeff".equals(e.attribute("fill")))
                .findFirst()
                .orElseThrow();
        assertTrue(rounded.attribute("d").startsWith("M105,0 H155 A5 5 0 0 1 160,5 V20 H100"), rounded.attribute("d"));
    }
}
