package uk.consultation.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource({
            "168, 288, 58",
            "50, 288, 17",
            "70, 288, 24",
            "117, 200, 59", // 58.5 rounds up
            "1, 200, 1", // 0.5 rounds up
            "1, 3, 33",
            "2, 3, 67",
            "0, 288, 0",
            "288, 288, 100",
            "0, 0, 0"})
    void roundsHalfUpToAWholeNumber(long part, long whole, int percent) {
        assertThat(Percent.of(part, whole)).isEqualTo(percent);
    }
}
