package uk.consultation.coding.emerging;

import java.time.Instant;
import java.util.List;

/**
 * The latest candidate themes proposed for a consultation, as every instance reads them from
 * {@code theme-candidates}.
 */
record ThemeCandidates(String consultationId, Instant proposedAt, List<ThemeCandidate> candidates) {

    ThemeCandidates {
        candidates = List.copyOf(candidates);
    }
}
