package io.tapedeck.core.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyRulesTest {
    private static PrivacyRules parse(String text) throws Exception {
        return PrivacyRules.parse(text);
    }

    private static String error(String text) {
        return assertThrows(PrivacyRules.InvalidRuleException.class, () -> PrivacyRules.parse(text))
                .getMessage();
    }

    @Test
    void rulesAreSeparatedBySemicolonsOrLineBreaks() throws Exception {
        PrivacyRules rules =
                parse("mask: class=com.acme.SsnField; unmask: name=search*\nblock: accessibleName=Patient photo;");
        assertEquals(PrivacyMarker.MASK, rules.actionFor(Views.SSN_FIELD, null, null));
        assertEquals(PrivacyMarker.UNMASK, rules.actionFor(List.of("javax.swing.JTextField"), "searchBox", null));
        assertEquals(PrivacyMarker.BLOCK, rules.actionFor(Views.PHOTO, null, "Patient photo"));
        assertEquals(PrivacyMarker.NONE, rules.actionFor(List.of("javax.swing.JLabel"), "title", "Title"));
    }

    @Test
    void classMatchesTheClassOrASuperclassByFullOrSimpleName() throws Exception {
        assertEquals(PrivacyMarker.MASK, parse("mask: class=SsnField").actionFor(Views.SSN_FIELD, null, null));
        assertEquals(
                PrivacyMarker.MASK, parse("mask: class=javax.swing.JTextField").actionFor(Views.SSN_FIELD, null, null));
        assertEquals(PrivacyMarker.MASK, parse("mask: class=JTextComponent").actionFor(Views.SSN_FIELD, null, null));
        assertEquals(PrivacyMarker.MASK, parse("mask: class=com.acme.*").actionFor(Views.SSN_FIELD, null, null));
        assertEquals(
                PrivacyMarker.MASK, parse("mask: class=Inner").actionFor(List.of("com.acme.Outer$Inner"), null, null));
        assertEquals(PrivacyMarker.NONE, parse("mask: class=JLabel").actionFor(Views.SSN_FIELD, null, null));
        assertEquals(
                PrivacyMarker.NONE,
                parse("mask: class=ssnfield").actionFor(Views.SSN_FIELD, null, null),
                "class names are case-sensitive");
    }

    @Test
    void nameIsACaseSensitiveGlob() throws Exception {
        PrivacyRules rules = parse("unmask: name=search?ox*");
        assertEquals(PrivacyMarker.UNMASK, rules.actionFor(List.of(), "searchBox", null));
        assertEquals(PrivacyMarker.UNMASK, rules.actionFor(List.of(), "searchBox2", null));
        assertEquals(PrivacyMarker.NONE, rules.actionFor(List.of(), "SearchBox", null));
        assertEquals(PrivacyMarker.NONE, rules.actionFor(List.of(), null, null), "no name matches nothing");
        assertEquals(PrivacyMarker.NONE, parse("mask: name=a.c").actionFor(List.of(), "abc", null), "dots are literal");
    }

    @Test
    void accessibleNameIsAGlobIgnoringCase() throws Exception {
        PrivacyRules rules = parse("block: accessibleName=patient *");
        assertEquals(PrivacyMarker.BLOCK, rules.actionFor(List.of(), null, "Patient Photo"));
        assertEquals(PrivacyMarker.NONE, rules.actionFor(List.of(), null, "Photo of patient"));
        assertTrue(rules.usesAccessibleName());
        assertFalse(parse("block: name=x").usesAccessibleName());
    }

    @Test
    void everyMatcherOfARuleMustMatch() throws Exception {
        PrivacyRules rules = parse("mask: class=JTextField, name=ssn*");
        assertEquals(PrivacyMarker.MASK, rules.actionFor(Views.SSN_FIELD, "ssnInput", null));
        assertEquals(PrivacyMarker.NONE, rules.actionFor(Views.SSN_FIELD, "zip", null));
    }

    @Test
    void whenSeveralRulesMatchTheMostPrivateWins() throws Exception {
        List<String> types = Views.SSN_FIELD;
        assertEquals(PrivacyMarker.MASK, parse("unmask: name=x; mask: name=x").actionFor(types, "x", null));
        assertEquals(PrivacyMarker.MASK, parse("mask: name=x; unmask: name=x").actionFor(types, "x", null));
        assertEquals(
                PrivacyMarker.BLOCK,
                parse("unmask: name=x; block: class=SsnField; mask: name=x").actionFor(types, "x", null));
    }

    @Test
    void blocksIsFalseWithoutBlockRules() throws Exception {
        assertFalse(parse("mask: name=x").blocks(List.of(), "x", null));
        assertTrue(parse("block: name=x").blocks(List.of(), "x", null));
        assertTrue(parse(null).isEmpty());
        assertTrue(parse("  ").isEmpty());
    }

    @Test
    void invalidRulesNameTheRuleAndWhatIsWrong() {
        assertEquals(
                "rule 2 \"hide: name=x\": unknown action \"hide\" (expected mask, unmask or block)",
                error("mask: name=a; hide: name=x"));
        assertEquals(
                "rule 1 \"mask name=x\": expected an action first: mask:, unmask: or block:", error("mask name=x"));
        assertEquals(
                "rule 1 \"mask: colour=red\": unknown matcher \"colour\" (expected class, name or accessibleName)",
                error("mask: colour=red"));
        assertEquals(
                "rule 1 \"mask: name\": \"name\" is not matcher=value (expected class=…, name=… or accessibleName=…)",
                error("mask: name"));
        assertEquals(
                "rule 1 \"block:\": no matcher after \"block:\" (expected class=…, name=… or accessibleName=…)",
                error("block:"));
        assertEquals("rule 1 \"mask: name=\": empty value for name", error("mask: name="));
        assertEquals(
                "rule 1 \"unmask: class=*\": class=* matches everything (use tapedeck.maskLevel for that)",
                error("unmask: class=*"));
    }
}
