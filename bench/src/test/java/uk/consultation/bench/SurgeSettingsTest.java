package uk.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SurgeSettingsTest {

    @Test
    void takesNumbersSwitchesAndADirectory() {
        assertThat(SurgeSettings.parse("--responses=2000", "--sigterm-check", "--screenshot=/tmp/shots",
                "--profile=/tmp/jfr"))
                .isEqualTo(new SurgeSettings(2_000, 16, 4_000, Duration.ofSeconds(60), 2, Duration.ofMinutes(5), true,
                        Optional.of(Path.of("/tmp/shots")), Optional.of(Path.of("/tmp/jfr"))));
    }

    @Test
    void leavesTheSwitchesOffUnlessGiven() {
        SurgeSettings settings = SurgeSettings.parse();

        assertThat(settings.responses()).isEqualTo(20_000);
        assertThat(settings.sigtermCheck()).isFalse();
        assertThat(settings.screenshots()).isEmpty();
        assertThat(settings.profiles()).isEmpty();
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> SurgeSettings.parse("--responses=10", "--sigterm"))
                .withMessageContaining("sigterm");
    }
}
