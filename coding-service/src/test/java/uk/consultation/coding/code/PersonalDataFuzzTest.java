package uk.consultation.coding.code;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import uk.consultation.testsupport.fuzz.LinearTime;

/**
 * Redacting personal data takes time linear in the text, whatever repeats in it: a response is up to a million
 * characters, and a pattern that backtracks over each start would hold a coding thread for minutes.
 */
class PersonalDataFuzzTest {

    @Test
    void redactsInTimeLinearInTheText() {
        Map<String, IntFunction<String>> texts = new LinkedHashMap<>();
        // found by review: every start in a run of the address's characters was matched to the end of the run
        texts.put("one long word without an at sign", n -> "a".repeat(n));
        texts.put("an address of dots", n -> "a@" + ".".repeat(n) + "@");
        texts.put("an address of many labels", n -> "ann@" + "example.".repeat(n / 8) + "1");
        texts.put("digits", n -> "0".repeat(n));
        texts.put("a name without a colon", n -> "name" + " ".repeat(n) + "x");
        texts.put("introductions", n -> "I am Ann ".repeat(n / 9));
        texts.put("sign-offs", n -> "Yours sincerely,\n\n".repeat(n / 18) + "Ann Example");
        texts.put("a signature line of spaces", n -> "Yours sincerely,\nAnn" + " ".repeat(n) + "x");

        texts.forEach((shape, text) -> LinearTime.assertLinear(shape, 1_000, text, PersonalData::redact));
    }
}
