package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsWhatIsNotGiven() {
        assertThat(Settings.parse("--connections=32", "--seconds=60", "--rounds=4"))
                .isEqualTo(new Settings(32, Duration.ofSeconds(60), Duration.ofSeconds(60), 4, 300_000, 3));
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Settings.parse("--conections=64"))
                .withMessageContaining("conections");
    }
}
