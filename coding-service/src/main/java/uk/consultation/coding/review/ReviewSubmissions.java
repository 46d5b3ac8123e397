package uk.consultation.coding.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.coding.review.ReviewRejectedException.FieldError;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.coding.ResponseReviewed.AnswerReview;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Checks a submitted review against the response's latest coding and its consultation, and records it on
 * {@code responses-reviewed}, returning once Kafka has it. It is applied from there, as every review is.
 */
@Component
class ReviewSubmissions {

    static final int MAX_NOTE = 2_000;

    private final ResponseReviews reviews;
    private final ConsultationCatalog catalog;
    private final KafkaTemplate<String, Object> kafka;

    ReviewSubmissions(ResponseReviews reviews, ConsultationCatalog catalog, KafkaTemplate<String, Object> kafka) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.kafka = kafka;
    }

    ConsultationDefinition consultation(String consultationId) {
        return catalog.find(consultationId)
                .orElseThrow(() -> ReviewRejectedException.unknownConsultation(consultationId));
    }

    /** @param reviewer the signed-in analyst's name: the local user, or the identity provider's subject */
    ResponseReviewed submit(String responseId, String reviewer, ReviewRequest request) throws InterruptedException {
        ResponseCoded coding = reviews.trail(responseId)
                .orElseThrow(() -> ReviewRejectedException.unknownResponse(responseId)).coding();
        Integer version = request.version();
        if (version == null) {
            throw ReviewRejectedException.invalid(List.of(new FieldError("version", "Say which coding version was reviewed")));
        }
        if (version != coding.version()) {
            throw ReviewRejectedException.stale(version, coding.version());
        }
        ConsultationDefinition consultation = consultation(coding.consultationId());
        List<FieldError> errors = new ArrayList<>();
        Map<String, AnswerReview> answers = answers(request, coding, consultation, errors);
        RespondentType respondentType = respondentType(request.respondentType(), errors);
        if (answers.isEmpty() && respondentType == null && errors.isEmpty()) {
            errors.add(new FieldError("answers", "Review at least one answer or the respondent type"));
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "At most " + MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ReviewRejectedException.invalid(errors);
        }
        ResponseReviewed review = new ResponseReviewed(UUID.randomUUID().toString(), responseId,
                coding.consultationId(), reviewer, Instant.now(), version, answers, respondentType,
                respondentType == null ? null : coding.respondent().type(), note);
        try {
            kafka.send(Topics.RESPONSES_REVIEWED.name(), responseId, review).get();
        } catch (ExecutionException e) {
            throw ReviewRejectedException.unavailable();
        }
        return review;
    }

    private static Map<String, AnswerReview> answers(ReviewRequest request, ResponseCoded coding,
            ConsultationDefinition consultation, List<FieldError> errors) {
        Map<String, ReviewRequest.AnswerCorrection> corrections = request.answers() == null ? Map.of() : request.answers();
        Map<String, AnswerReview> answers = new LinkedHashMap<>();
        Set<String> targets = new HashSet<>();
        corrections.forEach((codedUnder, correction) -> {
            String field = "answers." + codedUnder;
            CodedAnswer before = coding.answers().get(codedUnder);
            if (before == null || correction == null) {
                errors.add(new FieldError(field, before == null ? "The coding has no answer to " + codedUnder
                        : "Give the answer as reviewed"));
                return;
            }
            String questionId = correction.question() == null ? codedUnder : correction.question();
            Optional<Question> question = consultation.question(questionId);
            if (question.isEmpty()) {
                errors.add(new FieldError(field + ".question", "Consultation " + consultation.id()
                        + " has no question " + questionId));
                return;
            }
            if (!targets.add(questionId) || (!questionId.equals(codedUnder)
                    && coding.answers().containsKey(questionId) && !corrections.containsKey(questionId))) {
                errors.add(new FieldError(field + ".question", "Question " + questionId
                        + " has an answer already: review that answer too, or move this one elsewhere"));
                return;
            }
            int errorsSoFar = errors.size();
            Position position = position(question.get(), correction.position(), field + ".position", errors);
            List<String> themes = correction.themes() == null ? List.of() : correction.themes().stream().distinct().toList();
            themes.stream().filter(code -> question.get().codeframe().stream().noneMatch(theme -> theme.code().equals(code)))
                    .forEach(code -> errors.add(new FieldError(field + ".themes", "Question " + questionId
                            + " has no theme " + code + " in its codeframe")));
            if (errors.size() > errorsSoFar) {
                return;
            }
            answers.put(codedUnder, new AnswerReview(questionId, position, themes, before.position(),
                    before.themes().stream().map(ThemeAssignment::code).toList()));
        });
        return answers;
    }

    private static @Nullable Position position(Question question, @Nullable String given, String field,
            List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Optional<Position> position = Position.fromWireName(given);
        if (position.isEmpty() || !question.offers(position.get())) {
            errors.add(new FieldError(field, "Question " + question.id() + " has no position " + given));
            return null;
        }
        return position.get();
    }

    private static @Nullable RespondentType respondentType(@Nullable String given, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Optional<RespondentType> type = RespondentType.fromWireName(given);
        if (type.isEmpty()) {
            errors.add(new FieldError("respondentType", "No respondent type " + given));
        }
        return type.orElse(null);
    }
}
