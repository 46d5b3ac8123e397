package uk.consultation.coding.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of the text analysts and report authors see: email addresses, phone numbers, postcodes,
 * National Insurance numbers and the names people sign with. The respondent's contact details stay with intake; what
 * a respondent wrote about themselves in their text must not travel further than coding.
 */
final class PersonalData {

    static final String EMAIL = "[email]";
    static final String PHONE = "[phone]";
    static final String POSTCODE = "[postcode]";
    static final String NI_NUMBER = "[NI number]";
    static final String NAME = "[name]";

    /**
     * An address's name and domain, each read once: the name starts only where a run of its characters starts (tried
     * from every character of a long run, it read to the end of the run each time: quadratic, a word of 100,000
     * letters took more than the fuzz tests' 10-second bound), and the domain's labels are taken possessively, in a
     * loop rather than one level of recursion each (thousands of labels overflowed the stack). Whether the domain has
     * a top-level label is then checked by {@link #hasTopLevelLabel}, not by backtracking.
     */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]++@([A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)*+)");

    /** UK numbers as people write them: 07700 900123, +44 (0)20 7946 0018, 0121-496-0000, 01632 960 001. */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)\\d{2,4}\\)?(?:[\\s-]?\\d){6,8}(?!\\w)");

    private static final Pattern UK_POSTCODE = Pattern.compile(
            "\\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKS-UW]|[A-HK-Y][0-9][ABEHMNPRVWXY])\\s?[0-9][ABD-HJLNP-UW-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);

    /** Any two letters, not only the prefixes HMRC issues: the example number people copy (QQ 12 34 56 C) too. */
    private static final Pattern NATIONAL_INSURANCE = Pattern.compile(
            "\\b[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\s*(?:yours\\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm|many\\s+thanks\\s+and)?\\s*regards|"
                    + "best\\s+wishes|with\\s+thanks|many\\s+thanks|thank\\s+you|signed)\\s*[,.:]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** "Name: Jo Bloggs", "My name is Jo Bloggs": the name that follows. */
    private static final Pattern NAMED = Pattern.compile(
            "(?i:\\bname\\s*:\\s*|\\bmy\\s+name\\s+is\\s+)(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3})");

    /**
     * "I am Jo Bloggs", "I'm Jo Bloggs": a full name, two capitalised words or more, so that "I am British" or "I am
     * 70" stays.
     */
    private static final Pattern INTRODUCED = Pattern.compile(
            "\\bI(?:\\s+am|'m|’m)\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3})");

    /** A signature line: a name or initials, at most a few capitalised words, no sentence. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "^\\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Cllr|Sir|Dame)\\.?\\s+)?\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}\\s*$");

    private PersonalData() {
    }

    /**
     * Each pattern is tried only on a text that has what every match of it needs (an {@code @}; a digit; the word
     * "name"): most comments have none of them, and searching for a pattern tries it at every character.
     */
    static String redact(String text) {
        String redacted = text.indexOf('@') < 0 ? text : EMAIL_ADDRESS.matcher(text).replaceAll(match ->
                hasTopLevelLabel(match.group(1)) ? EMAIL : Matcher.quoteReplacement(match.group()));
        if (hasDigit(redacted)) {
            redacted = NATIONAL_INSURANCE.matcher(redacted).replaceAll(NI_NUMBER);
            redacted = PHONE_NUMBER.matcher(redacted).replaceAll(PHONE);
            redacted = UK_POSTCODE.matcher(redacted).replaceAll(POSTCODE);
        }
        if (redacted.toLowerCase(Locale.ROOT).contains("name")) {
            redacted = NAMED.matcher(redacted).replaceAll(match -> match.group().replace(match.group(1), NAME));
        }
        redacted = INTRODUCED.matcher(redacted).replaceAll(match -> match.group().replace(match.group(1), NAME));
        return signatures(redacted);
    }

    /** A dot after the first label followed by two letters, as in {@code example.org} or {@code gov.uk}. */
    private static boolean hasTopLevelLabel(String domain) {
        for (int dot = domain.indexOf('.'); dot > 0 && dot + 2 < domain.length(); dot = domain.indexOf('.', dot + 1)) {
            if (isAsciiLetter(domain.charAt(dot + 1)) && isAsciiLetter(domain.charAt(dot + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The digits the patterns' {@code \d} and {@code [0-9]} match: ASCII only. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The name under a sign-off ("Yours sincerely," then "Jo Bloggs"); the role below it may stay. */
    private static String signatures(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            if (!SIGN_OFF.matcher(lines.get(i)).matches()) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && SIGNATURE_LINE.matcher(lines.get(next)).matches()) {
                lines.set(next, NAME);
            }
        }
        String joined = String.join("\n", lines);
        return text.endsWith("\n") ? joined + "\n" : joined;
    }
}
