package uk.consultation.coding.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.CaseFolding;
import uk.consultation.coding.language.Declining;
import uk.consultation.coding.language.Sentences;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Reads the consultation's written response template out of an email or letter: a question number (sometimes with the
 * question's text), an answer on the same line or the next, then comments, question after question; and the line
 * saying whether the respondent writes as an individual or for an organisation.
 *
 * <p>Written layouts vary, so the reading is forgiving: {@code Question 1}, {@code Q1}, {@code 1.}, {@code Question
 * 9(a)} and {@code 9a)} all head question 1 or 9(a); Yes / No / Not sure / Agree / Disagree / Don't know / Unsure in
 * any case and punctuation are answers. Whatever is uncertain gets a confidence below 1, which sends it for review.
 */
final class WrittenTemplate {

    /** A heading without "Question" or "Q" is only a number, which prose uses too. */
    static final double BARE_NUMBER_CONFIDENCE = 0.8;

    /** Two headings for one question, or an answer that says yes and no. */
    static final double CONFLICT_CONFIDENCE = 0.5;

    /** How many numbered lines with their answer on them make a text the compact layout, off the template. */
    private static final int COMPACT_ANSWERS = 2;

    private static final Pattern HEADING = Pattern.compile(
            "^[\\s>*#•·\\-]*+(?<prefix>question|q)?\\s*+\\.?\\s*+(?<number>\\d{1,2})\\s*(?:\\(\\s*(?<bracketed>[a-z])\\s*\\)|(?<letter>[a-z])(?![a-z]))?"
                    + "\\s*\\**\\s*(?<separator>[.):\\-–—]|(?=\\s)|$)(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ANSWER_LABEL = Pattern.compile(
            "^(?:(?:our|my)\\s+)?(?:answer|response|position|reply)\\s*[:\\-–]\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern COMMENTS_LABEL = Pattern.compile(
            "^(?:(?:any\\s+)?(?:further\\s+|additional\\s+)?comments?|reasons?|why)\\s*[:\\-–]\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * The writer's own view opening the heading's line ("Question 9(a). The Council agrees with the proposals to improve
     * the English …"): an answer in the question's words, not the question repeated.
     */
    private static final Pattern WRITERS_VIEW = Pattern.compile(
            "^(?:we|i|the council|the \\w+ council|our \\w+)(?: \\w+ly)? (?:agrees?|disagrees?|supports?|welcomes?|opposes?"
                    + "|(?:do|does)(?: not|n't) (?:agree|support))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BOTH_WAYS = Pattern.compile("^(?:and|or|but|/|&)\\s*", Pattern.CASE_INSENSITIVE);

    /** Longest first, so "not sure" is not read as "no". */
    private static final Map<String, Position> ANSWERS = answers();

    private static final Pattern RESPONDING_AS = Pattern.compile(
            "(?:responding|writing|respond|reply(?:ing)?)\\s+(?:as\\s+(?:an?\\s+)?|on\\s+behalf\\s+of\\s+(?:an?\\s+|the\\s+|my\\s+|our\\s+)?)"
                    + "(?<type>individual|organi[sz]ation|group|charity|council|business|company)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ORGANISATION = Pattern.compile("organi[sz]ation");

    private static final Pattern ORGANISATION_NAME = Pattern.compile(
            "^[\\h*\\-]*+(?:name\\s+of\\s+(?:your\\s+)?organi[sz]ation|organi[sz]ation(?:'s)?\\s+name|organi[sz]ation)\\s*[:\\-–]\\s*(?<name>\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private WrittenTemplate() {
    }

    /** What the template says about one question. */
    record Answer(@Nullable Position position, @Nullable String comment, double confidence) {
    }

    /**
     * The template as read.
     *
     * @param answers by question id, in the order the text gives them; empty when the text does not follow it
     */
    record Reading(Map<String, Answer> answers, @Nullable RespondentType respondentType,
            @Nullable String organisationName) {

        boolean isEmpty() {
            return answers.isEmpty() && respondentType == null;
        }
    }

    static Reading read(String text, ConsultationDefinition consultation) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        Optional<RespondentType> type = respondentType(text);
        List<Heading> headings = headings(lines, consultation, type.isPresent());
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
            Answer answer = answer(heading, lines.subList(heading.line() + 1, end));
            answers.merge(heading.question().id(), answer, WrittenTemplate::conflicting);
        }
        // A heading with nothing under it is no answer, unless it contradicts another heading for the same question; nor
        // is one whose comment declines to answer ("Outside our remit.").
        answers.values().removeIf(answer -> answer.position() == null
                && (answer.comment() == null || declines(answer.comment()))
                && answer.confidence() != CONFLICT_CONFIDENCE);
        return new Reading(answers, type.orElse(null),
                type.orElse(null) == RespondentType.ORGANISATION ? organisationName(text) : null);
    }

    // --- headings ----------------------------------------------------------------------------------------------

    /**
     * A question's number at the start of a line.
     *
     * @param commentOnly a bare number, then words that are neither an answer nor the question: an open question's
     *     answer in the compact layout ("3. We run a lunch club"), where each answer is one line
     */
    private record Heading(int line, Question question, boolean prefixed, String rest, boolean commentOnly) {
    }

    /**
     * @param onTemplate whether the text answers the template's question about who is responding, which says the
     *     numbered lines are its answers
     */
    private static List<Heading> headings(List<String> lines, ConsultationDefinition consultation, boolean onTemplate) {
        Map<String, Question> byNumber = consultation.questions().stream()
                .collect(Collectors.toMap(question -> normalise(question.number()), question -> question));
        List<Heading> found = new ArrayList<>();
        boolean sectionTitles = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = HEADING.matcher(lines.get(i));
            if (!matcher.matches()) {
                continue;
            }
            boolean prefixed = matcher.group("prefix") != null;
            // A bare number needs punctuation after it ("1." or "9a)"), or "1 in 10 people" would head question 1.
            if (!prefixed && (matcher.group("separator") == null || matcher.group("separator").isBlank())) {
                continue;
            }
            String letter = matcher.group("bracketed") != null ? matcher.group("bracketed") : matcher.group("letter");
            Question question = byNumber.get(matcher.group("number") + (letter == null ? "" : letter.toLowerCase(Locale.ROOT)));
            String rest = matcher.group("rest").strip();
            if (question == null) {
                continue;
            }
            // "2. Leadership" numbers a section of an essay: a bare number heads a question only with an answer, the
            // question's words, or nothing after it; or, for an open question, with its answer alone on the line.
            boolean commentOnly = !prefixed && !rest.isEmpty() && position(rest).isEmpty() && !rest.contains("?")
                    && !looksLikeQuestionText(rest, question);
            if (!commentOnly || (!question.isClosed() && standsAlone(lines, i))) {
                found.add(new Heading(i, question, prefixed, rest, commentOnly));
            }
            sectionTitles |= commentOnly;
        }
        // Where the writer labels questions, numbered lists in their prose are lists, not questions.
        if (found.stream().anyMatch(Heading::prefixed)) {
            return found.stream().filter(Heading::prefixed).toList();
        }
        // A numbered line with only words is an answer only on the template, or among lines that each give their
        // answer after the number ("1. Yes – …", "2. No"): a numbered paragraph in prose is not one.
        // Among an essay's numbered section titles, one whose words happen to be a question's ("1. Bringing
        // people together where they live" beside "2. An example" and "3. Employment support") is a title too.
        if (!onTemplate && found.stream().filter(heading -> position(heading.rest()).isPresent()).count()
                < COMPACT_ANSWERS) {
            boolean sections = sectionTitles;
            return found.stream().filter(heading -> !heading.commentOnly() && !(sections && titles(heading)))
                    .toList();
        }
        return found;
    }

    /** A bare number with words after it that give no answer and ask nothing: a title, had it not the question's. */
    private static boolean titles(Heading heading) {
        return !heading.prefixed() && !heading.rest().isEmpty() && position(heading.rest()).isEmpty()
                && !heading.rest().contains("?");
    }

    /** The line is followed by a blank line, another numbered line or nothing: one line, one answer. */
    private static boolean standsAlone(List<String> lines, int line) {
        return line + 1 == lines.size() || lines.get(line + 1).isBlank() || HEADING.matcher(lines.get(line + 1)).matches();
    }

    private static String normalise(String number) {
        return number.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
    }

    // --- one question's block ----------------------------------------------------------------------------------

    private static Answer answer(Heading heading, List<String> block) {
        double confidence = heading.prefixed() ? 1.0 : BARE_NUMBER_CONFIDENCE;
        List<String> lines = new ArrayList<>(block);
        // The answer may follow the question's text on the heading line, after its question mark.
        String onHeading = heading.rest();
        int questionMark = onHeading.lastIndexOf('?');
        if (questionMark >= 0) {
            onHeading = onHeading.substring(questionMark + 1).strip();
        } else if (repeatsQuestion(onHeading, heading.question())) {
            onHeading = "";
        }
        if (!onHeading.isEmpty()) {
            lines.add(0, onHeading);
        }
        int first = firstLineAfterQuestionText(lines, heading.question());
        @Nullable Position position = null;
        if (first < lines.size()) {
            String candidate = ANSWER_LABEL.matcher(lines.get(first).strip()).replaceFirst("");
            // "No comment." declines: its "No" is no answer.
            Optional<Found> found = declines(candidate) ? Optional.empty() : position(candidate);
            if (found.isPresent()) {
                position = found.get().position();
                if (found.get().conflicting()) {
                    confidence = Math.min(confidence, CONFLICT_CONFIDENCE);
                }
                lines.set(first, found.get().rest());
            }
        }
        String comment = comment(lines.subList(Math.min(first, lines.size()), lines.size()));
        return new Answer(position, comment, confidence);
    }

    /** Skips blank lines and the question itself, which templates often repeat, in full or in their own words. */
    private static int firstLineAfterQuestionText(List<String> lines, Question question) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || (position(lines.get(i).strip()).isEmpty()
                && (lines.get(i).strip().endsWith("?") || repeatsQuestion(lines.get(i), question))))) {
            i++;
        }
        return i;
    }

    /**
     * Whether a comment opens by declining to answer ("No comment.", "We do not comment on this question."), its words
     * broken across lines by a PDF made whole again: what may follow it (a page's footer) says nothing about the question.
     */
    private static boolean declines(String comment) {
        List<String> sentences = Sentences.of(Sentences.joined(comment.lines().toList()));
        return !sentences.isEmpty() && Declining.declines(sentences.get(0));
    }

    /** The question's text repeated above its answer, not an answer in its words in the writer's voice. */
    private static boolean repeatsQuestion(String line, Question question) {
        return looksLikeQuestionText(line, question) && !WRITERS_VIEW.matcher(line.strip()).lookingAt();
    }

    private static boolean looksLikeQuestionText(String line, Question question) {
        Set<String> questionWords = words(question.text());
        Set<String> lineWords = words(line);
        if (lineWords.size() < 3) {
            return false;
        }
        long shared = lineWords.stream().filter(questionWords::contains).count();
        return shared >= 0.6 * lineWords.size();
    }

    private static Set<String> words(String text) {
        return Pattern.compile("[^\\p{L}\\p{N}']+").splitAsStream(CaseFolding.lower(text))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    private record Found(Position position, boolean conflicting, String rest) {
    }

    private record Leading(Position position, String rest) {
    }

    /** An answer at the start of the line: the whole line, or followed by punctuation and the reasons. */
    private static Optional<Found> position(String line) {
        Optional<Leading> first = leading(line);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        // "Yes and no", "Yes / No": an answer both ways must reach an analyst. Only the answer right after counts, so
        // a line of "yes and no and yes …" is read once, not once for every answer in it.
        String rest = first.get().rest();
        Matcher other = BOTH_WAYS.matcher(rest);
        boolean conflicting = other.lookingAt() && leading(rest.substring(other.end()))
                .filter(second -> second.position() != first.get().position()).isPresent();
        return Optional.of(new Found(first.get().position(), conflicting, rest));
    }

    private static Optional<Leading> leading(String line) {
        // Same length as the line, so that a cut found in it is a cut in the line
        String lower = CaseFolding.lower(line).replace('’', '\'');
        String stripped = lower.replaceFirst("^[\\s*_\\[(]+", "");
        for (Map.Entry<String, Position> answer : ANSWERS.entrySet()) {
            String word = answer.getKey();
            if (!stripped.startsWith(word)) {
                continue;
            }
            String after = stripped.substring(word.length());
            if (!after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))) {
                continue;
            }
            int cut = line.length() - after.length();
            return Optional.of(new Leading(answer.getValue(),
                    line.substring(cut).replaceFirst("^[\\s*_\\])]*[.,;:!\\-–—]*\\s*", "")));
        }
        return Optional.empty();
    }

    private static Map<String, Position> answers() {
        Map<String, Position> answers = new LinkedHashMap<>();
        answers.put("neither agree nor disagree", Position.NOT_SURE);
        answers.put("strongly disagree", Position.DISAGREE);
        answers.put("strongly agree", Position.AGREE);
        answers.put("don't know", Position.NOT_SURE);
        answers.put("do not know", Position.NOT_SURE);
        answers.put("dont know", Position.NOT_SURE);
        answers.put("not sure", Position.NOT_SURE);
        answers.put("disagree", Position.DISAGREE);
        answers.put("unsure", Position.NOT_SURE);
        answers.put("agree", Position.AGREE);
        answers.put("yes", Position.AGREE);
        answers.put("no", Position.DISAGREE);
        return answers;
    }

    private static @Nullable String comment(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        int first = 0;
        while (first < kept.size() && kept.get(first).isBlank()) {
            first++;
        }
        if (first < kept.size()) {
            kept.set(first, COMMENTS_LABEL.matcher(kept.get(first).strip()).replaceFirst(""));
        }
        String comment = String.join("\n", kept).strip().replaceAll("\n{3,}", "\n\n");
        return comment.isEmpty() ? null : comment;
    }

    private static Answer conflicting(Answer first, Answer second) {
        Position position = first.position() == null ? second.position()
                : second.position() == null || second.position() == first.position() ? first.position() : null;
        String comment = first.comment() == null ? second.comment()
                : second.comment() == null ? first.comment() : first.comment() + "\n\n" + second.comment();
        return new Answer(position, comment, CONFLICT_CONFIDENCE);
    }

    // --- who is responding ---------------------------------------------------------------------------------------

    private static Optional<RespondentType> respondentType(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String lower = CaseFolding.lower(line);
            // The template asks "...as an individual or on behalf of an organisation?": the answer follows the question.
            if (lower.contains("individual") && ORGANISATION.matcher(lower).find() && lower.contains("?")) {
                String answer = line.substring(line.lastIndexOf('?') + 1).strip();
                Optional<RespondentType> type = typeNamed(answer.isEmpty() && i + 1 < lines.size() ? lines.get(i + 1) : answer);
                if (type.isPresent()) {
                    return type;
                }
                continue;
            }
            Matcher matcher = RESPONDING_AS.matcher(line);
            if (matcher.find()) {
                return typeNamed(matcher.group("type"));
            }
        }
        return Optional.empty();
    }

    private static Optional<RespondentType> typeNamed(String words) {
        String lower = CaseFolding.lower(words);
        boolean individual = lower.contains("individual");
        boolean organisation = ORGANISATION.matcher(lower).find()
                || Pattern.compile("\\b(group|charity|council|business|company)\\b").matcher(lower).find();
        if (individual == organisation) {
            return Optional.empty();
        }
        return Optional.of(individual ? RespondentType.INDIVIDUAL : RespondentType.ORGANISATION);
    }

    private static @Nullable String organisationName(String text) {
        Matcher matcher = ORGANISATION_NAME.matcher(text);
        return matcher.find() ? matcher.group("name").strip() : null;
    }
}
