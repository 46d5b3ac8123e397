package uk.consultation.coding.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.RespondentType;

/**
 * Tells an organisation's response from an individual's when the text does not say which. Organisations name
 * themselves at the top (a letterhead, "Response from the X Network", "X is a charity …"), write "on behalf of" a body,
 * give a charity or company number, speak as "we" of "our members", report what their trustees or committee agreed,
 * and sign with an office held in the body. A person writing for themselves says "I", and may say so outright ("in a
 * personal capacity"), even when they name a body they belong to or volunteer for. Each sign adds to a score; the
 * confidence says how clear the signs were; calibrated ({@link Calibration}), it sends unclear cases to an analyst.
 */
final class RespondentInference {

    private static final int ORGANISATION_SCORE = 3;

    /** A sign that on its own makes a response an organisation's, though not surely enough to skip review. */
    private static final int DECISIVE = 3;

    /** A sign that an organisation's response usually has, and an individual's seldom does. */
    private static final int STRONG = 2;

    /** How many lines a letterhead, a subject and an opening sentence take, and how many a signature block does. */
    private static final int OPENING_LINES = 6;

    private static final int SIGNATURE_LINES = 5;

    /** A signature's line is short; a longer one is the letter's last sentence. */
    private static final int SIGNATURE_LINE = 60;

    /**
     * Capitalised words on one line, with the small words names have ("Council for Racial Equality"); no more than a
     * name has and starting a word, so that a text in capitals is read in linear time.
     */
    private static final String NAME = "(?<![\\p{L}\\p{N}'’&(-])(?<name>\\(?\\p{Lu}[\\p{L}\\p{N}&'’)-]*(?:[ \\t]+(?:of|for|and|the|in|on|at|&|"
            + "\\(?\\p{Lu}[\\p{L}\\p{N}&'’)-]*)){0,9})";

    private static final String BODY_WORDS = "Trust|Foundation|Council|Association|Network|Forum|Society|Federation|"
            + "Institute|Partnership|Charity|Ltd|Limited|plc|LLP|CIC|Church|Mosque|Synagogue|Gurdwara|Temple|Diocese|"
            + "Parish|University|College|School|Academy|Group|Alliance|Centre|Center|Union|Board|Commission|Committee|"
            + "Authority|Agency|Coalition|Campaign|Project|Neighbours|Action|Service|Services|Movement|Police|Surgery|"
            + "Practice|Homes|Housing|Club|Team|Advice|Mission|Initiative|Co-operative|Cooperative|Bank";

    private static final Pattern BODY_WORD = Pattern.compile("\\b(?:" + BODY_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);

    /** Names in the text that are not the respondent: the consultation and the government it answers. */
    private static final Pattern NOT_THE_RESPONDENT = Pattern.compile(
            "green paper|strategy|consultation|government|secretary of state|minister|department|home office|"
                    + "integrated communities",
            Pattern.CASE_INSENSITIVE);

    // --- a named body ------------------------------------------------------------------------------------------

    private static final Pattern ON_BEHALF_OF = Pattern.compile("(?i:on behalf of (?:the\\s+)?)" + NAME);

    private static final Pattern OWN_RESPONSE = Pattern.compile(
            NAME + "(?:'s|’s|’|')\\s+(?i:(?:formal\\s+)?(?:response|submission|evidence))");

    private static final Pattern AT_BODY = Pattern.compile("\\bAt\\s+" + NAME + ",\\s+(?:we|our)\\b");

    /** "Response from the X Network", "the response of X", in the opening lines. */
    private static final Pattern RESPONSE_OF = Pattern.compile(
            "(?i:response|submission|comments)\\s+(?i:of|from|by)\\s+(?:the\\s+)?" + NAME);

    /** A title or subject: "X - consultation response". */
    private static final Pattern TITLED = Pattern.compile(
            "^(?:Subject:\\s*)?" + NAME + "(?:,[^-–—:]*)?\\s*[-–—:]\\s*(?i:(?:\\w+\\s+){0,3}(?:response|submission))\\b");

    /** A subject the other way round: "Green Paper response - X", "Response: X". */
    private static final Pattern RESPONSE_TITLED = Pattern.compile(
            "(?i:response|submission)\\s*[-–—:]\\s*" + NAME + "\\s*$");

    /** A letterhead: the first line is the body's name alone, perhaps with its place. */
    private static final Pattern LETTERHEAD = Pattern.compile("^\\s*" + NAME + "\\s*(?:,[\\p{L} ]+)?$");

    private static final Pattern SUBJECT_OR_GREETING = Pattern.compile(
            "^\\s*(?:Subject|Re|Dear|Hi|Hello|To|Sir|Madam|Good (?:morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A body named as a sentence's subject and saying what it is or does: "The X Network represents 140 groups". */
    private static final Pattern BODY_SENTENCE = Pattern.compile(
            "(?:^|[.!?:]\\s+)(?:The\\s+|This\\s+)?" + NAME + "\\s+(?:is\\s+an?\\s+(?:\\S+\\s+){0,4}?(?i:charity|"
                    + "organisation|organization|network|body|association|company|firm|business|group|partnership|"
                    + "forum|trust|foundation|provider|federation|union|council|club|centre|service|practice|school|"
                    + "movement|employer)\\b|represents|supports|manages|runs|serves|works with|helped|helps|provides|"
                    + "brings together|covers|has (?:served|worked|run)|was (?:founded|established|set up))",
            Pattern.MULTILINE);

    // --- other signs of a body -----------------------------------------------------------------------------------

    private static final Pattern REGISTERED_NUMBER = Pattern.compile(
            "\\b(?:registered\\s+)?(?:charity|company)\\s+(?:registration\\s+)?(?:no\\.?|number|reg\\.?\\s*no\\.?)?\\s*:?"
                    + "\\s*(?:SC)?\\d{5,8}\\b",
            Pattern.CASE_INSENSITIVE);

    /** An office held in a body, as a signature gives it. A councillor signing is often writing personally. */
    private static final String OFFICE = "Chief (?:Officer|Executive|Superintendent|Constable)|CEO|(?:Managing )?Director|"
            + "Chair(?:man|woman|person)?(?: of (?:Trustees|Governors|the \\p{L}+))?|Clerk(?: to the \\p{L}+)?|"
            + "Head ?teacher|Principal|(?:General |Honorary |Hon\\.? )?Secretary|Treasurer|Trustees?|"
            + "(?:\\p{Lu}\\p{L}+ )?(?:Manager|Officer|Co-?ordinator|Adviser|Advisor|Lead)|(?:Senior )?Partner|"
            + "Head of \\p{Lu}\\p{L}+|Vicar|Bishop|Imam|Rabbi|Committee|(?:\\p{Lu}\\p{L}+ )?[Tt]eam";

    private static final Pattern SIGNATURE_OFFICE = Pattern.compile("^[\\p{L}. ,'’-]{0,40}\\b(?:" + OFFICE + ")\\b");

    /** "I write as headteacher of …": a person writing in their office. */
    private static final Pattern IN_OFFICE = Pattern.compile(
            "\\bI (?:write|am writing|respond|am responding) as (?:the )?(?i:" + OFFICE + ")\\b");

    /** What a body's members or governors decided: "our committee agreed this response", "Councillors felt". */
    private static final Pattern BODY_DECIDED = Pattern.compile(
            "\\b(?:trustees|committee|board|council|members|partners|governors|councillors)(?:\\s+of\\s+[^.]{1,60}?)?,?"
                    + "\\s+(?:have\\s+|has\\s+|also\\s+)?(?:agreed|resolved|discussed|debated|considered|approved|"
                    + "endorsed|wish|wishes|write|felt|noted)\\b"
                    + "|\\b(?:formal|institutional|corporate|official)\\s+response\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COLLECTIVE = Pattern.compile(
            "\\b(?:our|we represent)\\s+(?:organisation|organization|members|membership|charity|network|trust|"
                    + "foundation|association|staff|trustees|volunteers|congregations?|clients|service users|users|"
                    + "pupils|patients|tenants|committee|board|partners|employees|beneficiaries|partner organisations|"
                    + "submission|response|programme|grantees|learners|member (?:groups|organisations)|parishes)\\b"
                    + "|\\brepresents?\\s+(?:over\\s+|around\\s+|some\\s+|more than\\s+)?\\d[\\d,]*\\s+(?:\\S+\\s+){0,3}?"
                    + "(?:groups|members|organisations|organizations|churches|schools|charities|businesses)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "We are a small charity …": a family says "we are a family", a body names what kind of body it is. */
    private static final Pattern WE_ARE_A_BODY = Pattern.compile(
            "\\bwe are an?\\s+(?:\\S+\\s+){0,3}?(?:charity|organisation|organization|network|body|association|"
                    + "council|trust|foundation|provider|membership|firm|company|business|partnership|forum|employer|"
                    + "federation|union)\\b",
            Pattern.CASE_INSENSITIVE);

    // --- signs of a person ---------------------------------------------------------------------------------------

    /** A person saying they write for themselves, whatever body they name. */
    private static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:writ(?:e|ing)|respond(?:ing)?|repl(?:y|ying))\\s+(?:as\\s+(?:myself|an\\s+individual|a\\s+private\\s+"
                    + "(?:individual|citizen|person))|in\\s+(?:a|my)\\s+(?:personal|private)\\s+capacity|personally)\\b"
                    + "|\\bpersonal\\s+(?:response|submission|capacity)\\b"
                    + "|\\bnot\\s+(?:on\\s+behalf\\s+of|for|representing)\\s+(?:the|my|our|any)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Someone belonging to a group, not speaking for it. */
    private static final Pattern MEMBER = Pattern.compile(
            "\\b(?:as an? (?:volunteer|member)|I volunteer|I am an? (?:volunteer|member)|I help (?:out|run)|"
                    + "(?:asked|encouraged) by my|my (?:church|mosque|temple|gurdwara|synagogue|group|club|union))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:we|our|us)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("\\b(?:I|my|me)\\b");

    private RespondentInference() {
    }

    record Inference(RespondentType type, double confidence, @Nullable String organisationName) {
    }

    static Inference infer(List<String> texts) {
        String text = String.join("\n\n", texts);
        if (PERSONAL.matcher(text).find()) {
            return new Inference(RespondentType.INDIVIDUAL, 0.9, null);
        }
        List<String> names = new ArrayList<>();
        int score = 0;
        for (String one : texts) {
            List<String> lines = one.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            List<String> opening = lines.subList(0, Math.min(OPENING_LINES, lines.size()));
            Optional<String> letterhead = opening.stream().filter(line -> !SUBJECT_OR_GREETING.matcher(line).find())
                    .findFirst().flatMap(line -> named(LETTERHEAD, line, true));
            Optional<String> titled = opening.stream().flatMap(line -> named(TITLED, line, true)
                    .or(() -> named(RESPONSE_TITLED, line, true)).or(() -> named(RESPONSE_OF, line, true)).stream())
                    .findFirst();
            for (Optional<String> found : List.of(titled, letterhead)) {
                if (found.isPresent()) {
                    score += DECISIVE;
                    names.add(found.get());
                }
            }
            List<String> closing = lines.subList(Math.max(0, lines.size() - SIGNATURE_LINES), lines.size()).stream()
                    .filter(line -> line.length() <= SIGNATURE_LINE && !SUBJECT_OR_GREETING.matcher(line).find())
                    .toList();
            // The body a signature names, on a line of its own or after the office: "Head of Policing, X Police"
            Optional<String> signed = closing.stream()
                    .map(line -> SIGNATURE_OFFICE.matcher(line).find() ? line.replaceFirst("^[^,]*,?", "") : line)
                    .flatMap(line -> named(LETTERHEAD, line, true).stream()).findFirst();
            signed.ifPresent(names::add);
            if (closing.stream().anyMatch(line -> SIGNATURE_OFFICE.matcher(line).find())) {
                score += signed.isPresent() ? DECISIVE : STRONG;
            }
        }
        for (Pattern named : List.of(ON_BEHALF_OF, OWN_RESPONSE, AT_BODY)) {
            Optional<String> found = named(named, text, false);
            if (found.isPresent()) {
                score += DECISIVE;
                names.add(found.get());
            }
        }
        Optional<String> described = named(BODY_SENTENCE, text, false);
        if (described.isPresent()) {
            score += STRONG;
            names.add(described.get());
        }
        score += REGISTERED_NUMBER.matcher(text).find() ? DECISIVE : 0;
        score += IN_OFFICE.matcher(text).find() ? STRONG : 0;
        score += BODY_DECIDED.matcher(text).find() ? STRONG : 0;
        score += WE_ARE_A_BODY.matcher(text).find() ? STRONG : 0;
        long collective = count(COLLECTIVE, text);
        score += collective >= 3 ? 2 : (int) collective;
        score -= MEMBER.matcher(text).find() ? STRONG : 0;
        long plural = count(FIRST_PERSON_PLURAL, text);
        long singular = count(FIRST_PERSON_SINGULAR, text);
        if (plural >= 3 && plural > 2 * singular) {
            score += 1;
        } else if (singular > plural) {
            score -= 1;
        }
        if (score >= ORGANISATION_SCORE) {
            // One decisive sign alone is left to an analyst to confirm; two signs that agree are not.
            return new Inference(RespondentType.ORGANISATION, Math.min(0.95, 0.5 + 0.075 * score),
                    names.isEmpty() ? null : names.get(0));
        }
        // Most respondents are individuals; sure of it only when they write as "I" and show no sign of a body.
        boolean ownVoice = singular > plural && score <= 0;
        return new Inference(RespondentType.INDIVIDUAL, ownVoice ? 0.85 : 0.6, null);
    }

    /**
     * The first name the pattern finds that is a body's: one with a word bodies use, or of two words or more ("On
     * behalf of My family" and "At Last, we" are not bodies), and not the consultation's or the government's.
     */
    private static Optional<String> named(Pattern pattern, String text, boolean needsBodyWord) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String name = matcher.group("name").strip().replaceAll("(?:[ \\t]+(?:of|for|and|the|in|on|at|&))+$", "");
            boolean bodyWord = BODY_WORD.matcher(name).find();
            if ((bodyWord || (!needsBodyWord && name.split("\\s+").length >= 2))
                    && !NOT_THE_RESPONDENT.matcher(name).find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }
}
