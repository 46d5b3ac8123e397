package uk.consultation.coding.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceEmbeddingsTest {

    private final SentenceEmbeddings embeddings = new SentenceEmbeddings();

    @Test
    void sentencesAboutTheSameThingAreCloserThanUnrelatedOnes() {
        List<float[]> vectors = embeddings.embedAll(List.of(
                "Free English classes helped my neighbours find work.",
                "Learning the language is what helped newcomers settle and get jobs.",
                "The council should fix the potholes on the high street."));

        double related = SentenceEmbeddings.similarity(vectors.get(0), vectors.get(1));
        double unrelated = SentenceEmbeddings.similarity(vectors.get(0), vectors.get(2));

        assertThat(related).isGreaterThan(unrelated + 0.2);
    }

    @Test
    void vectorsAreNormalisedSoASentenceIsClosestToItself() {
        float[] vector = embeddings.embed("Integration is a two-way street.");

        assertThat(SentenceEmbeddings.similarity(vector, vector)).isCloseTo(1.0, offset(1e-3));
        assertThat(embeddings.embedAll(List.of())).isEmpty();
    }
}
