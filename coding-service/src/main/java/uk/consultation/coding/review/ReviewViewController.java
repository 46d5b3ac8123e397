package uk.consultation.coding.review;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.schemas.EventJson;

/**
 * For the other instances of this service: the review view from the partitions this instance holds alone, as
 * {@link ResponseReviews} asks for them. As JSON the same as on the topics, which is how the asker reads it.
 */
@RestController
@RequestMapping(ResponseReviews.PARTS)
class ReviewViewController {

    private final ResponseReviews reviews;

    ReviewViewController(ResponseReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/responses/{responseId}")
    ResponseEntity<byte[]> trail(@PathVariable String responseId) {
        return reviews.localTrail(responseId).map(ReviewViewController::json)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/consultations/{consultationId}/queue")
    ResponseEntity<byte[]> queue(@PathVariable String consultationId) {
        return json(reviews.localQueue(consultationId));
    }

    @GetMapping("/consultations/{consultationId}/reviewed")
    ResponseEntity<byte[]> reviewed(@PathVariable String consultationId) {
        return json(reviews.localReviewed(consultationId));
    }

    private static ResponseEntity<byte[]> json(Object part) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(EventJson.toBytes(part));
    }
}
