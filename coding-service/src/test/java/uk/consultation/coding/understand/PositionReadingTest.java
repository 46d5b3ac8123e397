package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.consultation.coding.language.Sentences;
import uk.consultation.schemas.Position;

class PositionReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We strongly agree with the proposal.                                    | AGREE
            We welcome the measures, however funding must follow.                   | AGREE
            I would not say I am against the idea, far from it.                     | AGREE
            On balance I am in favour, as long as small groups are not buried.      | AGREE
            We do not support an approach built around British values.             | DISAGREE
            We are not convinced by the proposals.                                  | DISAGREE
            I am far less happy about what you propose for weekend schools.         | DISAGREE
            We do not think these are the right measures.                           | DISAGREE
            It does not, in our view, achieve its aim.                              | DISAGREE
            The fund has done nothing for my town.                                  | DISAGREE
            We are not sure whether the fund achieves its objective.                | NOT_SURE
            The council has not reached a view on this proposal.                    | NOT_SURE
            I agree that people must mix, but I do not agree that London knows how. | NOT_SURE
            """)
    void readsNegationHedgingAndMixedViews(String sentence, Position position) {
        assertThat(PositionReading.read(List.of(sentence)).position()).isEqualTo(position);
    }

    @Test
    void whatOthersSaidIsNotTheRespondentsView() {
        assertThat(PositionReading.read(List.of("93% of participants agreed that the project helped them.")))
                .isEqualTo(new PositionReading.Reading(Position.NOT_SURE, PositionReading.UNCLEAR_CONFIDENCE));
    }

    @Test
    void noViewOrViewsBothWaysAreNotSureAndUnsure() {
        PositionReading.Reading none = PositionReading.read(List.of("Our estate has a lunch club on Tuesdays."));
        PositionReading.Reading mixed = PositionReading.read(List.of("We support the aim.", "We oppose the means."));
        PositionReading.Reading stated = PositionReading.read(List.of("I am honestly not sure about this."));

        assertThat(none).isEqualTo(new PositionReading.Reading(Position.NOT_SURE, PositionReading.UNCLEAR_CONFIDENCE));
        assertThat(mixed).isEqualTo(new PositionReading.Reading(Position.NOT_SURE, PositionReading.MIXED_CONFIDENCE));
        assertThat(stated.confidence()).isGreaterThan(mixed.confidence());
        assertThat(PositionReading.takesPosition(List.of("Our estate has a lunch club on Tuesdays."))).isFalse();
    }

    @Test
    void aCaveatMakesAViewLessCertain() {
        assertThat(PositionReading.read(List.of("We welcome the measures, but funding must follow.")).confidence())
                .isLessThan(PositionReading.read(List.of("We welcome the measures.")).confidence());
    }

    /** A pattern is run only where one of its words is: a match without one would be missed. */
    @Test
    void everyMatchInTheLabelledAndSeedResponsesHoldsOneOfItsPatternsWords() throws IOException, URISyntaxException {
        Map<Pattern, List<String>> sought = new LinkedHashMap<>();
        PositionReading.CUES.forEach(cue -> sought.put(cue.pattern(), cue.words()));
        sought.put(PositionReading.HEDGE, PositionReading.HEDGE_WORDS);
        sought.put(PositionReading.CLAUSE, PositionReading.CLAUSE_WORDS);
        List<String> matches = new ArrayList<>();
        for (String sentence : sentences()) {
            String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
            sought.forEach((pattern, words) -> {
                Matcher matcher = pattern.matcher(lower);
                while (matcher.find()) {
                    matches.add(matcher.group());
                    assertThat(words).as("words of %s in \"%s\"", pattern, sentence)
                            .anyMatch(word -> matcher.group().contains(word));
                }
            });
        }
        assertThat(matches).hasSizeGreaterThan(100);
    }

    private static List<String> sentences() throws IOException, URISyntaxException {
        List<String> sentences = new ArrayList<>();
        for (String directory : List.of("/understanding", "/responses")) {
            try (Stream<Path> files = Files.list(Path.of(PositionReadingTest.class.getResource(directory).toURI()))) {
                for (Path file : files.filter(file -> file.toString().endsWith(".txt")).toList()) {
                    sentences.addAll(Sentences.of(Files.readString(file)));
                }
            }
        }
        return sentences;
    }
}
