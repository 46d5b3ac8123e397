package uk.consultation.coding.emerging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import uk.consultation.coding.theme.UnmatchedSentences;

/**
 * Stopping the service in the middle of a long clustering pass: the pass is interrupted and its thread ends, and the
 * analysts' requests waiting for passes are answered rather than left hanging.
 */
class EmergingThemesStoppingTest {

    /** Far more than coding keeps: finding their neighbours alone takes some 200 million comparisons, minutes. */
    private static final int SENTENCES = 20_000;
    private static final int DIMENSIONS = 384;

    @Test
    void stoppingEndsAPassUnderWayAndAnswersTheRequestsWaitingForOne() throws Exception {
        CountDownLatch passStarted = new CountDownLatch(1);
        UnmatchedSentences surge = new UnmatchedSentences() {
            private final Map<String, List<Sentence>> sentences = Map.of("q1", randomSentences());

            @Override
            public List<String> consultations() {
                return List.of("surge");
            }

            @Override
            public Map<String, List<Sentence>> of(String consultationId) {
                passStarted.countDown();
                return sentences;
            }
        };
        long pairs = (long) SENTENCES * (SENTENCES - 1) / 2;
        EmergingThemes emerging = new EmergingThemes(surge,
                new EmergingThemeSettings(Duration.ofMinutes(10), 0.55, 3, SENTENCES, 2 * pairs),
                Mockito.mock(ProposedCandidates.class));
        emerging.start();

        CompletableFuture<List<ThemeCandidate>> running = CompletableFuture.supplyAsync(
                () -> emerging.proposeNow("surge"));
        assertThat(passStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<ThemeCandidate>> waiting = CompletableFuture.supplyAsync(
                () -> emerging.proposeNow("surge"));
        // well into the first pass's comparisons, with the second queued behind it
        Thread.sleep(500);

        emerging.stop();

        assertThat(emerging.isRunning()).as("the clustering thread has ended").isFalse();
        assertThat(List.of(running, waiting)).allSatisfy(request -> assertThat(notReady(request))
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value()));
    }

    private static int notReady(CompletableFuture<List<ThemeCandidate>> request) {
        Throwable failure = catchThrowable(() -> request.get(10, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ErrorResponseException.class);
        return ((ErrorResponseException) failure.getCause()).getStatusCode().value();
    }

    private static List<UnmatchedSentences.Sentence> randomSentences() {
        Random random = new Random(15);
        List<UnmatchedSentences.Sentence> sentences = new ArrayList<>(SENTENCES);
        for (int i = 0; i < SENTENCES; i++) {
            float[] vector = new float[DIMENSIONS];
            double length = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] = (float) random.nextGaussian();
                length += vector[d] * vector[d];
            }
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] /= (float) Math.sqrt(length);
            }
            sentences.add(new UnmatchedSentences.Sentence("response-" + i, "Sentence " + i + ".", vector));
        }
        return sentences;
    }
}
