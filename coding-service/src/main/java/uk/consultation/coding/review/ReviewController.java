package uk.consultation.coding.review;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.coding.ResponseReviewed;

/** For analysts: the codings to review, a response's coding with its audit trail, reviews, and agreement figures. */
@RestController
@RequestMapping("/api/v1")
class ReviewController {

    private final ResponseReviews reviews;
    private final ReviewSubmissions submissions;
    private final ReviewSettings settings;

    ReviewController(ResponseReviews reviews, ReviewSubmissions submissions, ReviewSettings settings) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.settings = settings;
    }

    /** The codings to review, most likely wrong first, each with why it is here (as the analysts' page shows it). */
    @GetMapping("/consultations/{consultationId}/review-queue")
    List<QueueReasons.Queued> queue(@PathVariable String consultationId) {
        submissions.consultation(consultationId);
        return reviews.queue(consultationId).stream()
                .map(coding -> new QueueReasons.Queued(coding, QueueReasons.of(coding, settings.confidenceBelow())))
                .toList();
    }

    @GetMapping("/responses/{responseId}/coding")
    ResponseReviews.Trail coding(@PathVariable String responseId) {
        return reviews.trail(responseId).orElseThrow(() -> ReviewRejectedException.unknownResponse(responseId));
    }

    /**
     * Accepted once Kafka has the review, made by the signed-in analyst; the coding it makes follows, and shows at the
     * {@code Location}.
     */
    @PostMapping("/responses/{responseId}/reviews")
    ResponseEntity<ResponseReviewed> review(@PathVariable String responseId, @RequestBody ReviewRequest request,
            Principal analyst) throws InterruptedException {
        ResponseReviewed review = submissions.submit(responseId, analyst.getName(), request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/responses/" + responseId + "/coding")).body(review);
    }

    @GetMapping("/consultations/{consultationId}/agreement")
    List<Agreement> agreement(@PathVariable String consultationId) {
        submissions.consultation(consultationId);
        return Agreement.of(reviews.appliedReviews(consultationId));
    }
}
