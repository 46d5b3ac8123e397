package uk.consultation.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void nestsDottedPathsAndFlattensThemBack() {
        Map<String, Long> flat = Map.of("responses", 3L, "channel.online", 2L, "questions.q1.individual.agree", 1L,
                "questions.q1.themes.q1-two-way-street.individual", 1L);

        Document nested = Counts.nest(flat);

        assertThat(nested.get("questions", Document.class).get("q1", Document.class).get("individual", Document.class)
                .get("agree")).isEqualTo(1L);
        assertThat(Counts.flatten(nested)).isEqualTo(flat);
        assertThat(Counts.flatten(null)).isEmpty();
    }
}
