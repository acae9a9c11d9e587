package io.tapedeck.core.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveTextTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mail ada@example.org now|Mail *************** now",
                "sophie.thompson@adventurework...|********************************",
                "sophie.thompson@adventurework\u2026|*****************************\u2026",
                "+44 20 7946 0958|*** ** **** ****",
                "(555) 123-4567|***** ********",
                "Card 4111 1111 1111 1111|Card **** **** **** ****",
                "SSN 078-05-1120|SSN ***********",
                "IBAN DE89 3704 0044 0532 0130 00|IBAN **** **** **** **** **** **",
            })
    void personalDataIsMaskedWhereItIsDrawn(String drawn, String recorded) {
        assertEquals(recorded, SensitiveText.masked(drawn));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-29",
                "29/11/2026",
                "12:45:10",
                "1,234,567.00",
                "Order 4711",
                "4111 1111 1111 1112",
                "Page 1 of 20",
                "v1.2.3",
                "10.0.0.1",
                "Total 12 345"
            })
    void datesAmountsAndCountersStayReadable(String drawn) {
        assertSame(drawn, SensitiveText.masked(drawn));
    }
}
