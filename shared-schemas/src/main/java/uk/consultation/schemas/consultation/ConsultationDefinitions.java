package uk.consultation.schemas.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads consultation definitions from YAML and checks that a definition can be used. */
public final class ConsultationDefinitions {

    /** The consultations shipped with the system, under {@code consultations/} on the classpath. */
    public static final List<String> BUNDLED = List.of("integrated-communities-2018");

    /** Ids and theme codes become MongoDB field names and URL segments: keep them to these characters. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    // Definitions are written by people, so a misspelt key is an error rather than silently ignored.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConsultationDefinitions() {
    }

    public static ConsultationDefinition fromYaml(InputStream yaml) {
        return YAML.readValue(yaml, ConsultationDefinition.class);
    }

    public static List<ConsultationDefinition> bundled() {
        return BUNDLED.stream().map(ConsultationDefinitions::bundled).toList();
    }

    public static ConsultationDefinition bundled(String id) {
        String resource = "consultations/" + id + ".yaml";
        try (InputStream yaml = ConsultationDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
            if (yaml == null) {
                throw new IllegalArgumentException("No bundled consultation " + resource);
            }
            return fromYaml(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a definition, one line per problem naming the field; empty when it can be used. */
    public static List<String> problems(ConsultationDefinition definition) {
        List<String> problems = new ArrayList<>();
        requireIdentifier(problems, "id", definition.id());
        requireText(problems, "title", definition.title());
        if (definition.timeZone() == null) {
            problems.add("timeZone: is required");
        }
        if (definition.opens() == null || definition.closes() == null) {
            problems.add("opens, closes: are required");
        } else if (!definition.closes().isAfter(definition.opens())) {
            problems.add("closes: must be after opens");
        }
        if (definition.retainTextFor() != null && (definition.retainTextFor().isNegative()
                || definition.retainTextFor().isZero())) {
            problems.add("retainTextFor: must be a period after closing, such as P2Y");
        }
        if (definition.codeframeVersion() < 1) {
            problems.add("codeframeVersion: must be 1 or more");
        }
        if (definition.questions() == null || definition.questions().isEmpty()) {
            problems.add("questions: at least one question is required");
            return problems;
        }
        Set<String> questionIds = new HashSet<>();
        Set<String> themeCodes = new HashSet<>();
        for (int i = 0; i < definition.questions().size(); i++) {
            Question question = definition.questions().get(i);
            String at = "questions[" + i + "]";
            requireIdentifier(problems, at + ".id", question.id());
            if (question.id() != null && !questionIds.add(question.id())) {
                problems.add(at + ".id: '" + question.id() + "' is used twice");
            }
            requireText(problems, at + ".number", question.number());
            requireText(problems, at + ".text", question.text());
            if (question.kind() == null) {
                problems.add(at + ".kind: must be closed or open");
            } else if (question.isClosed() && question.options().isEmpty()) {
                problems.add(at + ".options: a closed question needs its answer options");
            } else if (!question.isClosed() && !question.options().isEmpty()) {
                problems.add(at + ".options: an open question has no answer options");
            }
            for (int t = 0; t < question.codeframe().size(); t++) {
                Question.Theme theme = question.codeframe().get(t);
                String themeAt = at + ".codeframe[" + t + "]";
                requireIdentifier(problems, themeAt + ".code", theme.code());
                if (theme.code() != null && !themeCodes.add(theme.code())) {
                    problems.add(themeAt + ".code: '" + theme.code() + "' is used twice");
                }
                requireText(problems, themeAt + ".label", theme.label());
            }
        }
        return problems;
    }

    private static void requireIdentifier(List<String> problems, String field, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            problems.add(field + ": must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": is required");
        }
    }
}
