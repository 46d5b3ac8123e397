package uk.consultation.coding.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

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

    /**
     * Every sentence runs alone, so a vector is the same to the last bit whether the sentence is asked for alone or
     * with hundreds of others run side by side, and the same as the artifact's own model gives: no tolerance.
     */
    @Test
    void aSentenceComesOutTheSameAloneOrWithOthersAndAsTheArtifactsModelGivesIt() throws IOException {
        List<String> sentences = new ArrayList<>(labelledSentences());
        sentences.addAll(List.of("Ça coûte 5€ — naïve ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "[UNK] [CLS] ##ing",
                "word ".repeat(300).strip()));
        AllMiniLmL6V2QuantizedEmbeddingModel artifacts = new AllMiniLmL6V2QuantizedEmbeddingModel();

        List<float[]> together = embeddings.embedAll(sentences);

        assertThat(sentences).hasSizeGreaterThan(400);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            assertThat(together.get(i)).as(sentence)
                    .containsExactly(new SentenceEmbeddings().embed(sentence))
                    .containsExactly(artifacts.embed(TextSegment.from(sentence)).content().vector());
        }
    }

    @Test
    void aSentenceRunsThroughTheModelOnceHoweverOftenItIsAskedFor() {
        List<float[]> vectors = embeddings.embedAll(List.of("We welcome this.", "Schools should twin.",
                "We welcome this.", "We welcome this."));
        embeddings.embed("Schools should twin.");

        assertThat(embeddings.sentencesEmbedded()).isEqualTo(2);
        assertThat(vectors.get(2)).isSameAs(vectors.get(0));
    }

    private static List<String> labelledSentences() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/understanding"))) {
            List<String> sentences = new ArrayList<>();
            for (Path file : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                sentences.addAll(Sentences.of(Files.readString(file)));
            }
            return sentences.stream().distinct().toList();
        }
    }
}
