package uk.consultation.intake.imports;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the {@code imports} topic behind a mocked {@link ImportLog}: keeps the latest progress each import
 * wrote and answers reads from it (ImportProgressTest reads the real topic).
 */
final class RecordedImports {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Map<String, ImportProgress> latest = new ConcurrentHashMap<>();

    RecordedImports(ImportLog log) {
        doAnswer(invocation -> {
            ImportProgress progress = invocation.getArgument(0);
            latest.put(progress.importId(), progress);
            return null;
        }).when(log).write(any());
        given(log.find(anyString(), anyString())).willAnswer(invocation -> Optional.ofNullable(
                latest.get(invocation.<String>getArgument(1)))
                .filter(progress -> progress.consultationId().equals(invocation.getArgument(0))));
        given(log.recent(anyString())).willAnswer(invocation -> latest.values().stream()
                .filter(progress -> progress.consultationId().equals(invocation.getArgument(0))).toList());
    }

    /** Waits for the import to write its end, finished or interrupted. */
    ImportProgress awaitEnd(String importId) {
        return await().atMost(PATIENCE).until(() -> latest.get(importId),
                progress -> progress != null && !progress.running());
    }

    List<ImportProgress> all() {
        return List.copyOf(latest.values());
    }
}
