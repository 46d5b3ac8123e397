package uk.consultation.reporting.figures;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.CodedRespondent;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/** Codings of responses to the bundled consultation, as coding-service would publish them. */
final class Codings {

    static final ConsultationDefinition CONSULTATION = ConsultationDefinitions.bundled("integrated-communities-2018");

    private static final Instant RECEIVED = Instant.parse("2018-04-02T10:15:00Z");

    private Codings() {
    }

    static ResponseCoded coding(String responseId, int version, RespondentType type, Channel channel, boolean late,
            Map<String, CodedAnswer> answers) {
        return new ResponseCoded(responseId, CONSULTATION.id(), version, RECEIVED.plusSeconds(60L * version), channel,
                RECEIVED, late,
                new CodedRespondent(type, CodingSource.INFERRED, 0.9,
                        type == RespondentType.ORGANISATION ? "A Community Trust" : null),
                answers, List.of(), "test-coder-1", CONSULTATION.codeframeVersion(), null, null);
    }

    /** The bundled consultation under another id. */
    static ConsultationDefinition consultation(String id) {
        return new ConsultationDefinition(id, CONSULTATION.title(), CONSULTATION.department(), CONSULTATION.timeZone(),
                CONSULTATION.opens(), CONSULTATION.closes(), CONSULTATION.codeframeVersion(), CONSULTATION.questions(),
                CONSULTATION.retainTextFor());
    }

    static ResponseCoded forConsultation(String consultationId, ResponseCoded coding) {
        return new ResponseCoded(coding.responseId(), consultationId, coding.version(), coding.codedAt(),
                coding.channel(), coding.receivedAt(), coding.late(), coding.respondent(), coding.answers(),
                coding.flags(), coding.coderVersion(), coding.codeframeVersion(), coding.textSignature(),
                coding.campaign());
    }

    static ResponseCoded flagged(ResponseCoded coding, String... flags) {
        return new ResponseCoded(coding.responseId(), coding.consultationId(), coding.version(), coding.codedAt(),
                coding.channel(), coding.receivedAt(), coding.late(), coding.respondent(), coding.answers(),
                List.of(flags), coding.coderVersion(), coding.codeframeVersion(), coding.textSignature(),
                coding.campaign());
    }

    static ResponseCoded receivedAt(ResponseCoded coding, Instant receivedAt) {
        return new ResponseCoded(coding.responseId(), coding.consultationId(), coding.version(), coding.codedAt(),
                coding.channel(), receivedAt, coding.late(), coding.respondent(), coding.answers(), coding.flags(),
                coding.coderVersion(), coding.codeframeVersion(), coding.textSignature(), coding.campaign());
    }

    /** The coding of a response imported from a survey platform's export. */
    static ResponseCoded importedFrom(ResponseCoded coding, String platform) {
        return new ResponseCoded(coding.responseId(), coding.consultationId(), coding.version(), coding.codedAt(),
                coding.channel(), coding.receivedAt(), coding.late(), coding.respondent(), coding.answers(),
                coding.flags(), coding.coderVersion(), coding.codeframeVersion(), coding.textSignature(),
                coding.campaign(), platform);
    }

    /** An answer raising one theme, with the sentence that shows it. */
    static CodedAnswer evidenced(Position position, String theme, String evidence) {
        return new CodedAnswer(position, CodingSource.EXPLICIT, 0.9, evidence,
                List.of(new ThemeAssignment(theme, 0.8, CodingSource.INFERRED, evidence)));
    }

    static CodedAnswer answer(@Nullable Position position, @Nullable String text, String... themes) {
        return new CodedAnswer(position, position == null ? null : CodingSource.EXPLICIT, 0.9, text,
                Arrays.stream(themes).map(code -> new ThemeAssignment(code, 0.8, CodingSource.INFERRED, null)).toList());
    }
}
