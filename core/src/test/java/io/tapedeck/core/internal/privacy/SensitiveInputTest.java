package io.tapedeck.core.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveInputTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "ada@example.org",
                "ada@",
                "+44 20 7946 0958",
                "(555) 123-4567",
                "4111 1111 1111 1111",
                "4111111111111111",
                "078-05-1120",
                "my SSN is 078-05-1120",
                "QQ 12 34 56 C",
                "GB82 WEST 1234 5698 7654 32",
                "card 4111-1111-1111-1111 expires",
                "12/05/1990"
            })
    void personalDataIsRecognisedByItsShape(String value) {
        assertTrue(SensitiveInput.shaped(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lovelace", "Ada Lovelace", "42", "Order 12345", "Northwind Traders", ""})
    void ordinaryTextIsNot(String value) {
        assertFalse(SensitiveInput.shaped(value), value);
    }

    @Test
    void cardNumbersNeedTheLuhnCheckDigit() {
        assertTrue(SensitiveInput.luhn("4111 1111 1111 1111"));
        assertTrue(SensitiveInput.luhn("5500-0000-0000-0004"));
        assertFalse(SensitiveInput.luhn("4111 1111 1111 1112"));
        assertFalse(SensitiveInput.luhn("0"), "too short for a card");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customerEmail",
                "newCustomerEmail",
                "E-mail address",
                "phone",
                "Mobile number",
                "cardNumber",
                "credit_card",
                "IBAN",
                "ssn",
                "National insurance number",
                "Date of birth",
                "passportNo",
                "taxId"
            })
    void fieldsNamedForPersonalDataAreRecognised(String label) {
        assertTrue(SensitiveInput.named(label), label);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customerSearch",
                "Search:",
                "customerName",
                "reportPeriod",
                "notes",
                "hotel",
                "Cardinal",
                "secretNote"
            })
    void otherNamesAreNot(String label) {
        assertFalse(SensitiveInput.named(label), label);
    }

    @Test
    void aMaskFormatterForManyDigitsMarksTheField() {
        assertTrue(SensitiveInput.hinted("MaskFormatter ###-##-####"));
        assertFalse(SensitiveInput.hinted("MaskFormatter ##"));
        assertFalse(SensitiveInput.hinted("NumberFormatter"));
        assertFalse(SensitiveInput.hinted(null));
    }

    @Test
    void maskedTextKeepsLengthSpacesAndLineBreaks() {
        org.junit.jupiter.api.Assertions.assertEquals("*** ********\n**\t*", MaskedText.of("Ada Lovelace\nOK\tx"));
        org.junit.jupiter.api.Assertions.assertEquals("**", MaskedText.of("é\uD83D\uDE00"), "one star per character");
        org.junit.jupiter.api.Assertions.assertEquals("", MaskedText.of(""));
        org.junit.jupiter.api.Assertions.assertEquals(null, MaskedText.of(null));
    }
}
