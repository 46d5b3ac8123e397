package uk.consultation.coding.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceVectorsTest {

    private final Random random = new Random(42);

    /** The same figures to the last bit, whether the references fill whole blocks of four or leave some over. */
    @ParameterizedTest(name = "{0} dimensions, groups of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            384 | 1 4 2 9
            384 | 3
            7   | 2 1 1 1 5
            1   | 1 1 1 1
            """)
    void closenessIsTheClosestReferenceOfEachGroupExactlyAsSimilarityGivesIt(int dimensions, String sizes) {
        List<List<float[]>> groups = new ArrayList<>();
        for (String size : sizes.split(" ")) {
            List<float[]> group = new ArrayList<>();
            for (int r = 0; r < Integer.parseInt(size); r++) {
                group.add(vector(dimensions));
            }
            groups.add(group);
        }
        float[] vector = vector(dimensions);

        double[] closeness = ReferenceVectors.of(groups).closeness(vector);

        assertThat(closeness).hasSize(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            double closest = groups.get(g).stream()
                    .mapToDouble(reference -> SentenceEmbeddings.similarity(vector, reference)).max().orElseThrow();
            assertThat(closeness[g]).isEqualTo(closest);
        }
    }

    @Test
    void noGroupsGiveNoCloseness() {
        assertThat(ReferenceVectors.of(List.of()).closeness(vector(3))).isEmpty();
    }

    @Test
    void aGroupWithoutReferencesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReferenceVectors.of(List.of(List.of())));
    }

    /** A random unit vector, as the model gives. */
    private float[] vector(int dimensions) {
        double[] values = random.doubles(dimensions).map(value -> value - 0.5).toArray();
        double length = Math.sqrt(Arrays.stream(values).map(value -> value * value).sum());
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (values[i] / length);
        }
        return vector;
    }
}
