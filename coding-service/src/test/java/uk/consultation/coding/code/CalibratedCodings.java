package uk.consultation.coding.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The codings of a labelled response that {@link Calibration} calibrates, each with its kind, its confidence and
 * whether the analyst's labels say it is right: an inferred answer to an open question is right when the question is
 * labelled; one to a closed question when it is labelled, with the labelled position where there is one; an inferred
 * respondent type when it is the labelled one. Answers given on the form or the template are not calibrated and are
 * not here, and neither is a labelled question the coder missed: it has no confidence.
 */
public final class CalibratedCodings {

    /** One calibrated coding: its confidence as coded (raw, from an uncalibrated coder) and whether it is right. */
    public record Scored(Calibration.Kind kind, double confidence, boolean right) {
    }

    private CalibratedCodings() {
    }

    public static List<Scored> of(ResponseReceived response, ResponseCoded coded, ConsultationDefinition consultation,
            Map<String, Optional<Position>> expected, RespondentType respondent) {
        List<String> texts = ResponseCoder.texts(response);
        WrittenTemplate.Reading template = ResponseCoder.template(texts.stream()
                .map(text -> WrittenTemplate.read(text, consultation)).toList());
        List<Scored> scored = new ArrayList<>();
        if (response.respondent().type() == null && template.respondentType() == null && !texts.isEmpty()) {
            scored.add(new Scored(Calibration.Kind.RESPONDENT, coded.respondent().confidence(),
                    coded.respondent().type() == respondent));
        }
        coded.answers().forEach((questionId, answer) -> {
            if (response.answers().containsKey(questionId) || template.answers().containsKey(questionId)) {
                return;
            }
            Optional<Position> wanted = expected.get(questionId);
            if (consultation.question(questionId).orElseThrow().isClosed()) {
                scored.add(new Scored(Calibration.Kind.POSITION, answer.confidence(), wanted != null
                        && wanted.map(position -> position == answer.position()).orElse(true)));
            } else {
                scored.add(new Scored(Calibration.Kind.ANSWER, answer.confidence(), wanted != null));
            }
        });
        return scored;
    }
}
