package uk.consultation.intake.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Suggests a mapping from an export's header row and its first rows: the platforms' own names for the response id,
 * submission time and contact columns; a column whose every answer is in the position table as a question's position
 * column, any other as a comment column; each matched to the question whose text shares most of its words, and a
 * comment column that matches none to the question whose position column is just before it (platforms put "Please
 * explain your answer" after the choice).
 */
final class MappingSuggestion {

    private static final Set<String> RESPONSE_ID = Set.of("response id", "id", "userid", "user id", "respondent id");
    private static final Set<String> SUBMITTED_AT = Set.of("submitted on", "completion time", "ended", "submitted",
            "date submitted", "end date");
    /** Shorter words ("the", "and", "you") say nothing about which question a header is. */
    private static final int SIGNIFICANT_WORD = 4;
    /** At least half of the significant words of the header and the question together must be in both. */
    private static final double ENOUGH_IN_COMMON = 0.5;

    private MappingSuggestion() {
    }

    static ImportMapping suggest(ExportPlatform platform, List<String> header, List<List<String>> firstRows,
            ConsultationDefinition consultation) {
        Map<String, String> positions = AnswerText.positionTable(consultation);
        Map<String, String> positionKeys = AnswerText.normalKeys(positions);
        String responseId = first(header, named(RESPONSE_ID));
        String submittedAt = first(header, named(SUBMITTED_AT));
        String type = first(header, text -> text.contains("individual") && text.contains("organi"));
        String organisation = first(header, text -> text.contains("organi") && text.contains("name"));
        String name = first(header, text -> text.equals("name") || text.endsWith("your name?") || text.equals("full name"));
        String email = first(header, text -> text.contains("email"));
        Set<String> taken = new java.util.HashSet<>(Arrays.asList(responseId, submittedAt, type, organisation, name, email));

        Map<String, String[]> columnsByQuestion = new LinkedHashMap<>();
        String lastPositionQuestion = null;
        for (int column = 0; column < header.size(); column++) {
            String text = header.get(column);
            if (taken.contains(text) || text.isBlank()) {
                continue;
            }
            boolean positional = isPositional(column, firstRows, positionKeys);
            String questionId = closestQuestion(text, consultation);
            if (questionId == null && !positional) {
                questionId = lastPositionQuestion;
            }
            if (questionId == null) {
                continue;
            }
            String[] columns = columnsByQuestion.computeIfAbsent(questionId, id -> new String[2]);
            int slot = positional ? 0 : 1;
            if (columns[slot] == null) {
                columns[slot] = text;
            }
            lastPositionQuestion = positional ? questionId : null;
        }
        List<ImportMapping.QuestionColumns> questions = new ArrayList<>();
        columnsByQuestion.forEach((id, columns) -> questions.add(new ImportMapping.QuestionColumns(id, columns[0],
                columns[1])));
        return new ImportMapping(platform.wireName(), fingerprint(header), responseId == null ? "" : responseId,
                submittedAt, type, type == null ? Map.of() : respondentTypes(header.indexOf(type), firstRows),
                organisation, name, email, questions, positions);
    }

    /** The survey a header row belongs to, as long as the survey's questions do not change. */
    static String fingerprint(List<String> header) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", header).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static Predicate<String> named(Set<String> names) {
        return names::contains;
    }

    private static @Nullable String first(List<String> header, Predicate<String> wanted) {
        return header.stream().filter(text -> wanted.test(AnswerText.normal(text))).findFirst().orElse(null);
    }

    private static boolean isPositional(int column, List<List<String>> rows, Map<String, String> positionKeys) {
        List<String> answers = rows.stream().filter(row -> column < row.size()).map(row -> row.get(column))
                .filter(cell -> !cell.isBlank()).toList();
        return !answers.isEmpty() && answers.stream().allMatch(cell -> positionKeys.containsKey(AnswerText.normal(cell)));
    }

    private static @Nullable String closestQuestion(String header, ConsultationDefinition consultation) {
        Set<String> headerWords = words(header);
        String closest = null;
        double best = ENOUGH_IN_COMMON;
        for (Question question : consultation.questions()) {
            Set<String> questionWords = words(question.text());
            long shared = headerWords.stream().filter(questionWords::contains).count();
            // shared words over all the words of either: a header that is a question's text scores 1 for it alone
            double inCommon = headerWords.isEmpty() ? 0
                    : (double) shared / (headerWords.size() + questionWords.size() - shared);
            if (inCommon > best || inCommon == best && closest == null) {
                best = inCommon;
                closest = question.id();
            }
        }
        return closest;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(word -> word.length() >= SIGNIFICANT_WORD).collect(Collectors.toSet());
    }

    /** The respondent-type column's values: an individual's answer names individuals, an organisation's the rest. */
    private static Map<String, String> respondentTypes(int column, List<List<String>> rows) {
        Map<String, String> types = new LinkedHashMap<>();
        rows.stream().filter(row -> column < row.size()).map(row -> row.get(column).strip())
                .filter(cell -> !cell.isEmpty()).distinct()
                .forEach(cell -> types.put(cell, (AnswerText.normal(cell).contains("individual")
                        ? RespondentType.INDIVIDUAL : RespondentType.ORGANISATION).wireName()));
        return types;
    }
}
