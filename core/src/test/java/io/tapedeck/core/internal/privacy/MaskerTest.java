package io.tapedeck.core.internal.privacy;

import static io.tapedeck.core.internal.privacy.Views.desktop;
import static io.tapedeck.core.internal.privacy.Views.field;
import static io.tapedeck.core.internal.privacy.Views.find;
import static io.tapedeck.core.internal.privacy.Views.label;
import static io.tapedeck.core.internal.privacy.Views.node;
import static io.tapedeck.core.internal.privacy.Views.panel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is left of a view tree at each level, with markers, rules and image settings. */
class MaskerTest {
    private static ViewNode mask(PrivacyPolicy policy, ViewNode tree) {
        return new Masker(policy).mask(tree);
    }

    private static PrivacyPolicy level(MaskLevel level) {
        return PrivacyPolicy.of(level, MaskImages.NONE, PrivacyRules.NONE);
    }

    private static PrivacyPolicy rules(MaskLevel level, String rules) throws Exception {
        return PrivacyPolicy.of(level, MaskImages.NONE, PrivacyRules.parse(rules));
    }

    /** One of everything: a form with a search field, an email field, a password, a combo, a table. */
    private static ViewNode form() {
        ViewNode search = node(10, ViewKind.TEXT_FIELD)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .text("Lovelace")
                .name("customerSearch")
                .toolTip("Search by name")
                .placeholder("Name or city")
                .build();
        ViewNode email = node(11, ViewKind.TEXT_FIELD)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .text("ada@example.org")
                .build();
        ViewNode password = node(12, ViewKind.PASSWORD).toolTip("Your password").build();
        ViewNode notes = node(13, ViewKind.TEXT_AREA)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .text("Met at\nthe fair")
                .build();
        ViewNode editableCombo = node(14, ViewKind.COMBO)
                .flags(ViewNode.ENABLED | ViewNode.EDITABLE)
                .text("Berlin")
                .build();
        ViewNode combo = node(15, ViewKind.COMBO).text("Last 5 years").build();
        ViewNode title = label(16, "Customer details");
        ViewNode cell = node(18, ViewKind.CELL).text("Northwind Traders").build();
        ViewNode grid = node(17, ViewKind.GRID).child(cell).build();
        ViewNode menu =
                node(19, ViewKind.MENU).text("Open").toolTip("Open a file").build();
        ViewNode tab = node(21, ViewKind.TAB).text("Accounts").build();
        ViewNode tabs = node(20, ViewKind.TABS).child(tab).build();
        return desktop(panel(3, search, email, password, notes, editableCombo, combo, title, grid, menu, tabs));
    }

    private static String text(ViewNode tree, long key) {
        return find(tree, key).text();
    }

    @Test
    void lightMasksPasswordsAndSensitiveInputsOnly() {
        ViewNode out = mask(level(MaskLevel.LIGHT), form());
        assertEquals("Lovelace", text(out, 10));
        assertEquals("***************", text(out, 11), "an email, by its shape");
        assertNull(text(out, 12));
        assertEquals("**** ********", find(out, 12).toolTip(), "everything of a password is masked");
        assertEquals("Met at\nthe fair", text(out, 13));
        assertEquals("Berlin", text(out, 14));
        assertEquals("Customer details", text(out, 16));
        assertEquals("Customers", text(out, 2));
    }

    @Test
    void lightRecognisesInputsByNameAccessibleNamePlaceholderAndFormatter() {
        ViewNode byName =
                node(10, ViewKind.TEXT_FIELD).text("x1").name("customerPhone").build();
        ViewNode byAccessibleName = node(11, ViewKind.TEXT_FIELD)
                .text("x2")
                .accessibleName("E-mail:")
                .build();
        ViewNode byPlaceholder = node(12, ViewKind.TEXT_FIELD)
                .text("x3")
                .placeholder("Card number")
                .build();
        ViewNode byFormatter = node(13, ViewKind.TEXT_FIELD)
                .text("x4")
                .inputHint("MaskFormatter ###-##-####")
                .build();
        ViewNode byLabelOnly =
                node(14, ViewKind.LABEL).text("555-1234-567").name("phone").build();
        ViewNode out = mask(
                level(MaskLevel.LIGHT),
                desktop(panel(3, byName, byAccessibleName, byPlaceholder, byFormatter, byLabelOnly)));
        for (long key = 10; key <= 13; key++) assertEquals("**", text(out, key), "field " + key);
        assertEquals("555-1234-567", text(out, 14), "not an input: light leaves labels alone");
        assertEquals("*******", find(out, 11).accessibleName(), "punctuation is masked too");
    }

    @Test
    void mediumMasksEveryEditableOrEditableLookingText() {
        ViewNode out = mask(PrivacyPolicy.defaults(), form());
        assertEquals("********", text(out, 10));
        assertEquals("****** ** ****", find(out, 10).toolTip());
        assertEquals("**** ** ****", find(out, 10).placeholder());
        assertEquals("***************", text(out, 11));
        assertEquals("*** **\n*** ****", text(out, 13), "line breaks and spaces keep the layout");
        assertEquals("******", text(out, 14), "an editable combo");
        assertEquals("Last 5 years", text(out, 15), "a closed, non-editable combo shows a choice");
        assertEquals("Customer details", text(out, 16));
        assertEquals("Northwind Traders", text(out, 18));
        assertEquals("Open", text(out, 19));
        assertEquals("Customers", text(out, 2));
        ViewNode readOnly = node(30, ViewKind.TEXT_FIELD).text("shown").build();
        assertEquals(
                "*****", text(mask(PrivacyPolicy.defaults(), desktop(readOnly)), 30), "read-only still looks editable");
    }

    @Test
    void conservativeMasksEveryText() {
        ViewNode out = mask(level(MaskLevel.CONSERVATIVE), form());
        assertEquals("******** *******", text(out, 16));
        assertEquals("********* *******", text(out, 18), "table cells");
        assertEquals("****", text(out, 19));
        assertEquals("**** * ****", find(out, 19).toolTip(), "tooltips");
        assertEquals("********", text(out, 21), "tab titles");
        assertEquals("*********", text(out, 2), "window titles");
        assertEquals("**** * *****", text(out, 15));
    }

    @Test
    void titledBorderTitlesAndAccessibleNamesAreMaskedWithTheText() {
        BorderSpec titled = new BorderSpec(16, 2, 2, 2, BorderSpec.Style.ETCHED, 0xFF888888, 1, "Billing address");
        ViewNode box = node(10, ViewKind.PANEL)
                .border(titled)
                .accessibleName("Billing")
                .build();
        ViewNode out = find(mask(level(MaskLevel.CONSERVATIVE), desktop(box)), 10);
        assertEquals("******* *******", out.border().title());
        assertEquals(titled.top(), out.border().top());
        assertEquals("*******", out.accessibleName());
    }

    @Test
    void aPasswordIsNeverShownWhateverMarkersAndRulesSay() throws Exception {
        ViewNode unmarked = node(12, ViewKind.PASSWORD)
                .marker(PrivacyMarker.UNMASK)
                .text("leaked by a buggy adapter")
                .toolTip("tip")
                .name("pw")
                .build();
        ViewNode out = find(
                mask(
                        rules(MaskLevel.LIGHT, "unmask: name=pw"),
                        desktop(node(3, ViewKind.PANEL)
                                .marker(PrivacyMarker.UNMASK)
                                .child(unmarked)
                                .build())),
                12);
        assertNull(out.text());
        assertEquals("***", out.toolTip());
        ViewNode blocked =
                node(12, ViewKind.PASSWORD).marker(PrivacyMarker.BLOCK).build();
        assertTrue(
                find(mask(PrivacyPolicy.defaults(), desktop(blocked)), 12).has(ViewNode.BLOCKED),
                "a password can be blocked");
    }

    // Precedence, one step at a time: each step beats the one below it.

    @Test
    void step1TheComponentsOwnMarkerBeatsItsContainersMarker() {
        ViewNode shown =
                label(10, "shown").toBuilder().marker(PrivacyMarker.UNMASK).build();
        ViewNode hidden =
                label(11, "hidden").toBuilder().marker(PrivacyMarker.MASK).build();
        ViewNode out = mask(
                level(MaskLevel.CONSERVATIVE),
                desktop(
                        node(3, ViewKind.PANEL)
                                .marker(PrivacyMarker.MASK)
                                .child(shown)
                                .build(),
                        node(4, ViewKind.PANEL)
                                .marker(PrivacyMarker.UNMASK)
                                .child(hidden)
                                .build()));
        assertEquals("shown", text(out, 10));
        assertEquals("******", text(out, 11));
    }

    @Test
    void step1TheComponentsOwnMarkerBeatsRules() throws Exception {
        ViewNode f = field(10, "value").toBuilder()
                .name("x")
                .marker(PrivacyMarker.UNMASK)
                .build();
        ViewNode g = field(11, "value").toBuilder()
                .name("y")
                .marker(PrivacyMarker.MASK)
                .build();
        ViewNode h = field(12, "value").toBuilder()
                .name("z")
                .marker(PrivacyMarker.UNMASK)
                .build();
        ViewNode out = mask(rules(MaskLevel.LIGHT, "mask: name=x; unmask: name=y; block: name=z"), desktop(f, g, h));
        assertEquals("value", text(out, 10));
        assertEquals("*****", text(out, 11));
        assertFalse(find(out, 12).has(ViewNode.BLOCKED), "the component's own marker beats even a block rule");
    }

    @Test
    void step2TheNearestContainersMarkerBeatsRulesAndTheLevel() throws Exception {
        ViewNode inner = node(4, ViewKind.PANEL)
                .marker(PrivacyMarker.UNMASK)
                .child(field(10, "typed").toBuilder().name("x").build())
                .build();
        ViewNode outer = node(3, ViewKind.PANEL)
                .marker(PrivacyMarker.MASK)
                .child(inner)
                .child(label(11, "label"))
                .build();
        ViewNode out = mask(rules(MaskLevel.MEDIUM, "mask: name=x"), desktop(outer));
        assertEquals("typed", text(out, 10), "the nearest container (unmask) beats the rule and the level");
        assertEquals("*****", text(out, 11), "the outer container masks a label medium would show");
    }

    @Test
    void step2ButAContainersMarkerNeverLiftsABlockRule() throws Exception {
        ViewNode photo = node(10, ViewKind.LABEL)
                .typeNames(Views.PHOTO)
                .icon(Views.image(40, 40))
                .build();
        ViewNode out = mask(
                rules(MaskLevel.LIGHT, "block: class=Photo"),
                desktop(node(3, ViewKind.PANEL)
                        .marker(PrivacyMarker.UNMASK)
                        .child(photo)
                        .build()));
        assertTrue(find(out, 10).has(ViewNode.BLOCKED));
    }

    @Test
    void step3RulesBeatTheLevelAndApplyInsideTheMatchedContainer() throws Exception {
        ViewNode search =
                field(10, "Lovelace").toBuilder().name("customerSearch").build();
        ViewNode ssn = field(11, "078").toBuilder().typeNames(Views.SSN_FIELD).build();
        ViewNode cell = node(13, ViewKind.CELL).text("Ada").build();
        ViewNode grid =
                node(12, ViewKind.GRID).name("customerTable").child(cell).build();
        ViewNode out = mask(
                rules(MaskLevel.LIGHT, "unmask: name=customerSearch; mask: class=SsnField; mask: name=customerTable"),
                desktop(search, ssn, grid));
        assertEquals("Lovelace", text(out, 10));
        assertEquals("***", text(out, 11), "light would show three digits");
        assertEquals("***", text(out, 13), "a rule on a grid applies to its cells");
        ViewNode medium = mask(rules(MaskLevel.MEDIUM, "unmask: name=customerSearch"), desktop(search));
        assertEquals("Lovelace", text(medium, 10), "unmask rule beats medium");
    }

    @Test
    void step3ARuleOnTheComponentBeatsARuleOnItsContainer() throws Exception {
        ViewNode f = field(10, "shown").toBuilder().name("inner").build();
        ViewNode out = mask(
                rules(MaskLevel.CONSERVATIVE, "mask: name=outer; unmask: name=inner"),
                desktop(node(3, ViewKind.PANEL)
                        .name("outer")
                        .child(f)
                        .child(label(11, "label"))
                        .build()));
        assertEquals("shown", text(out, 10));
        assertEquals("*****", text(out, 11));
    }

    @Test
    void step4WithoutMarkersOrRulesTheLevelDecides() {
        assertEquals("Lovelace", text(mask(level(MaskLevel.LIGHT), form()), 10));
        assertEquals("********", text(mask(level(MaskLevel.MEDIUM), form()), 10));
    }

    @Test
    void aBlockedComponentIsABareBoxOfItsExactBoundsWithNothingInside() throws Exception {
        ViewNode child = label(11, "secret child");
        ViewNode photo = node(10, ViewKind.PANEL)
                .bounds(7, 9, 160, 90)
                .typeNames(Views.PHOTO)
                .accessibleName("Patient photo")
                .text("caption")
                .toolTip("tip")
                .icon(Views.image(20, 20))
                .background(0xFFFF0000)
                .child(child)
                .build();
        ViewNode out = find(mask(rules(MaskLevel.LIGHT, "block: accessibleName=Patient photo"), desktop(photo)), 10);
        assertTrue(out.has(ViewNode.BLOCKED));
        assertEquals(List.of(7, 9, 160, 90), List.of(out.x(), out.y(), out.width(), out.height()));
        assertNull(out.text());
        assertNull(out.toolTip());
        assertNull(out.icon());
        assertNull(out.accessibleName());
        assertEquals(0, out.background());
        assertEquals(List.of(), out.children());
    }

    @Test
    void whatTheAdapterBlockedStaysBlocked() {
        ViewNode bare = ViewNode.builder(10, ViewKind.PANEL)
                .bounds(1, 2, 30, 40)
                .flags(ViewNode.BLOCKED)
                .build();
        assertTrue(find(mask(level(MaskLevel.LIGHT), desktop(bare)), 10).has(ViewNode.BLOCKED));
    }

    @Test
    void largeImagesAndCustomPaintingBecomePlaceholdersOfTheSameSize() {
        ViewNode small = node(10, ViewKind.LABEL).icon(Views.image(16, 16)).build();
        ViewNode large = node(11, ViewKind.LABEL).icon(Views.image(120, 80)).build();
        ViewNode smallChart = node(12, ViewKind.CUSTOM).bounds(0, 0, 90, 90).build();
        ViewNode chart = node(13, ViewKind.CUSTOM).bounds(5, 6, 300, 200).build();
        ViewNode tree = desktop(small, large, smallChart, chart);
        PrivacyPolicy large_ = PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.LARGE, PrivacyRules.NONE);
        ViewNode out = mask(large_, tree);
        assertFalse(find(out, 10).icon() instanceof MaskedImage);
        MaskedImage placeholder =
                assertInstanceOf(MaskedImage.class, find(out, 11).icon());
        assertEquals(List.of(120, 80), List.of(placeholder.width(), placeholder.height()));
        assertFalse(find(out, 12).has(ViewNode.IMAGE_MASKED));
        assertTrue(find(out, 13).has(ViewNode.IMAGE_MASKED));
        assertEquals(
                List.of(5, 6, 300, 200),
                List.of(
                        find(out, 13).x(),
                        find(out, 13).y(),
                        find(out, 13).width(),
                        find(out, 13).height()));

        ViewNode all = mask(PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.ALL, PrivacyRules.NONE), tree);
        assertInstanceOf(MaskedImage.class, find(all, 10).icon());
        assertTrue(find(all, 12).has(ViewNode.IMAGE_MASKED));
        ViewNode none = mask(PrivacyPolicy.of(MaskLevel.CONSERVATIVE, MaskImages.NONE, PrivacyRules.NONE), tree);
        assertSame(
                tree.children().get(0).children().get(1).icon(), find(none, 11).icon());
        assertFalse(find(none, 13).has(ViewNode.IMAGE_MASKED));
    }

    @Test
    void markersAndRulesDecideImagesToo() throws Exception {
        ViewNode masked = node(10, ViewKind.LABEL)
                .icon(Views.image(16, 16))
                .marker(PrivacyMarker.MASK)
                .build();
        ViewNode shown = node(11, ViewKind.LABEL)
                .icon(Views.image(200, 200))
                .name("logo")
                .build();
        ViewNode out = mask(
                PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.LARGE, PrivacyRules.parse("unmask: name=logo")),
                desktop(masked, shown));
        assertInstanceOf(MaskedImage.class, find(out, 10).icon());
        assertFalse(find(out, 11).icon() instanceof MaskedImage);
    }

    @Test
    void anUnchangedSubtreeMasksToTheSameObjectAndAChangeOnlyRebuildsItsPath() {
        Masker masker = new Masker(PrivacyPolicy.defaults());
        ViewNode unchanged = panel(4, label(20, "static"), field(21, "typed"));
        ViewNode first = desktop(unchanged, field(10, "a"));
        ViewNode out1 = masker.mask(first);
        assertSame(out1, masker.mask(first), "the same tree gives the same masked tree");
        ViewNode second = desktop(unchanged, field(10, "ab"));
        ViewNode out2 = masker.mask(second);
        assertSame(find(out1, 4), find(out2, 4), "an untouched subtree is not rebuilt");
        assertEquals("**", text(out2, 10));
        ViewNode third = desktop(unchanged, field(10, "ac"));
        assertSame(out2, masker.mask(third), "a change that masks the same is no change at all");
        assertSame(find(unchanged, 20), find(out1, 20), "nothing to mask: the very node");
    }

    @Test
    void aContainersNewMarkerReachesItsUnchangedChildren() {
        Masker masker = new Masker(level(MaskLevel.LIGHT));
        ViewNode text = label(20, "Ada");
        ViewNode out1 = masker.mask(desktop(panel(4, text)));
        assertEquals("Ada", text(out1, 20));
        ViewNode out2 = masker.mask(desktop(
                node(4, ViewKind.PANEL).marker(PrivacyMarker.MASK).child(text).build()));
        assertEquals("***", text(out2, 20));
    }

    @Test
    void aNodeWhoseDecisionFailsIsMaskedWithEverythingInside() {
        List<String> broken = new java.util.AbstractList<String>() {
            @Override
            public String get(int i) {
                throw new IllegalStateException("broken facts");
            }

            @Override
            public int size() {
                return 1;
            }
        };
        ViewNode odd = node(10, ViewKind.LABEL)
                .text("Ada")
                .typeNames(broken)
                .icon(Views.image(10, 10))
                .child(label(11, "inside"))
                .build();
        ViewNode out = mask(
                PrivacyPolicy.of(MaskLevel.LIGHT, MaskImages.NONE, PrivacyRulesTestAccess.classRule()), desktop(odd));
        assertEquals("***", text(out, 10));
        assertInstanceOf(MaskedImage.class, find(out, 10).icon());
        assertEquals("******", text(out, 11));
    }
}
