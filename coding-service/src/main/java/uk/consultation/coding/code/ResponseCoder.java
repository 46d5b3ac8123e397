package uk.consultation.coding.code;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.coding.understand.FreeTextCoder;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.CodedRespondent;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes a response: the positions and comments given on the online form, the answers written on the consultation's
 * template in an email, a letter or an attachment, and what free-form text says about the questions neither covers;
 * and the respondent type, given or inferred. The same input always gives the same coding, so a redelivered response
 * is coded identically.
 */
@Component
public class ResponseCoder {

    public static final String CODER_VERSION = "understand-1";

    /** The first coding of a response; recoding and analyst review produce later versions. */
    static final int FIRST_VERSION = 1;

    /** With nothing to go on a respondent counts as an individual, the large majority; this says how unsure that is. */
    static final double INFERRED_INDIVIDUAL_CONFIDENCE = 0.5;

    private final FreeTextCoder freeText;
    private final Calibration calibration;

    public ResponseCoder(FreeTextCoder freeText, Calibration calibration) {
        this.freeText = freeText;
        this.calibration = calibration;
    }

    public ResponseCoded code(ResponseReceived response, ConsultationDefinition consultation, Instant codedAt) {
        List<String> flags = new ArrayList<>();
        List<String> texts = texts(response);
        List<WrittenTemplate.Reading> readings = texts.stream().map(text -> WrittenTemplate.read(text, consultation))
                .toList();
        WrittenTemplate.Reading template = template(readings);
        CodedRespondent respondent = respondent(response, texts, template, flags);
        Map<String, CodedAnswer> answers = new LinkedHashMap<>();
        response.answers().forEach((questionId, answer) -> {
            Question question = consultation.question(questionId).orElseThrow(() -> new UncodableResponseException(
                    "Consultation " + consultation.id() + " has no question " + questionId));
            answers.put(questionId, answer(question, answer));
        });
        template.answers().forEach((questionId, answer) -> {
            if (!answers.containsKey(questionId)) {
                answers.put(questionId, parsed(consultation.question(questionId).orElseThrow(), answer, flags));
            }
        });
        List<String> free = new ArrayList<>();
        List<String> onTemplate = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            (readings.get(i).answers().isEmpty() ? free : onTemplate).add(texts.get(i));
        }
        inferred(free, onTemplate, consultation, answers, flags);
        if (response.attachments().stream().anyMatch(attachment -> attachment.unreadable() != null)) {
            flags.add(CodingFlags.NEEDS_REVIEW);
            flags.add(CodingFlags.UNREADABLE_ATTACHMENT);
        }
        if (answers.isEmpty() && !texts.isEmpty()) {
            // Text that counts for no question is off the subject, or every answer in it was missed.
            flags.add(CodingFlags.NEEDS_REVIEW);
            flags.add(CodingFlags.UNCODED_TEXT);
        } else if (noToAll(answers)) {
            flags.add(CodingFlags.NO_TO_ALL);
        }
        return new ResponseCoded(response.responseId(), response.consultationId(), FIRST_VERSION, codedAt,
                response.channel(), response.receivedAt(), response.late(), respondent, answers,
                flags.stream().distinct().toList(), CODER_VERSION, consultation.codeframeVersion(), null, null,
                response.source().platform());
    }

    /**
     * The words a campaign would share, with personal data taken out: the body and attachments of an email or letter,
     * and every comment.
     */
    public static String campaignText(ResponseReceived response) {
        List<String> parts = new ArrayList<>(texts(response));
        // In question order, so the same response always gives the same text
        new TreeMap<>(response.answers()).values().stream().map(ResponseReceived.Answer::comment)
                .filter(ResponseCoder::hasText).forEach(parts::add);
        return PersonalData.redact(String.join("\n\n", parts));
    }

    /** What the response has to read: the body of an email or letter, then each attachment. */
    static List<String> texts(ResponseReceived response) {
        List<String> texts = new ArrayList<>();
        if (hasText(response.documentText())) {
            texts.add(response.documentText());
        }
        response.attachments().stream().map(ResponseReceived.Attachment::text).filter(ResponseCoder::hasText)
                .forEach(texts::add);
        return texts;
    }

    /**
     * What the free-form texts say about the questions the form and the template leave open; a text on the template
     * is read only where it names another question outright, or under the letter's own chapter and example headings.
     * A covering note with the template attached is free text too, and usually maps to nothing. A paragraph long
     * enough to be an answer that maps to nothing may be an answer missed, flagged for an analyst to see; it sends the
     * coding for review only where the learned head hears it answering a question not coded, as a letter's
     * introduction (who writes, for whom) is heard answering none; where the consultation has no head to tell them
     * apart, it always does. So does a passage the head hears answering a question of another chapter besides its own.
     */
    private void inferred(List<String> free, List<String> onTemplate, ConsultationDefinition consultation,
            Map<String, CodedAnswer> answers, List<String> flags) {
        if (free.isEmpty() && onTemplate.isEmpty()) {
            return;
        }
        FreeTextCoder.Reading reading = freeText.code(free, onTemplate, consultation, answers.keySet());
        @Nullable List<String> heard = reading.heard();
        boolean likelyMissed = heard != null && !heard.isEmpty();
        // Without a head, any paragraph nothing maps may be an answer.
        if (likelyMissed || heard == null && !reading.unmapped().isEmpty()) {
            flags.add(CodingFlags.NEEDS_REVIEW);
        }
        if (!reading.unmapped().isEmpty()) {
            flags.add(CodingFlags.UNMAPPED_PASSAGE);
        }
        if (likelyMissed) {
            flags.add(CodingFlags.UNMAPPED_ANSWER);
        }
        reading.answers().forEach((questionId, answer) -> {
            Calibration.Kind kind = consultation.question(questionId).orElseThrow().isClosed()
                    ? Calibration.Kind.POSITION : Calibration.Kind.ANSWER;
            answers.put(questionId, new CodedAnswer(answer.position(),
                    answer.position() == null ? null : CodingSource.INFERRED,
                    calibration.of(kind, answer.confidence()), PersonalData.redact(answer.text()), List.of()));
        });
    }

    /**
     * The template as the body gives it, with what an attachment adds: organisations often write a covering note and
     * attach the completed template.
     */
    static WrittenTemplate.Reading template(List<WrittenTemplate.Reading> readings) {
        Map<String, WrittenTemplate.Answer> answers = new LinkedHashMap<>();
        @Nullable RespondentType type = null;
        @Nullable String organisationName = null;
        for (WrittenTemplate.Reading reading : readings) {
            reading.answers().forEach(answers::putIfAbsent);
            if (type == null && reading.respondentType() != null) {
                type = reading.respondentType();
                organisationName = reading.organisationName();
            }
        }
        return new WrittenTemplate.Reading(answers, type, organisationName);
    }

    private CodedRespondent respondent(ResponseReceived response, List<String> texts,
            WrittenTemplate.Reading template, List<String> flags) {
        ResponseReceived.Respondent given = response.respondent();
        if (given.type() != null) {
            return new CodedRespondent(given.type(), CodingSource.EXPLICIT, 1.0, given.organisationName());
        }
        if (template.respondentType() != null) {
            return new CodedRespondent(template.respondentType(), CodingSource.PARSED, 1.0,
                    given.organisationName() != null ? given.organisationName() : template.organisationName());
        }
        if (texts.isEmpty()) {
            flags.add(CodingFlags.NEEDS_REVIEW);
            return new CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.INFERRED,
                    INFERRED_INDIVIDUAL_CONFIDENCE, null);
        }
        // How sure the inference is goes to the review queue as its calibrated confidence, not as a flag.
        RespondentInference.Inference inference = RespondentInference.infer(texts);
        return new CodedRespondent(inference.type(), CodingSource.INFERRED,
                calibration.of(Calibration.Kind.RESPONDENT, inference.confidence()),
                given.organisationName() != null ? given.organisationName() : inference.organisationName());
    }

    private static CodedAnswer answer(Question question, ResponseReceived.Answer answer) {
        @Nullable Position position = question.isClosed() ? answer.position() : null;
        if (position != null && !question.offers(position)) {
            throw new UncodableResponseException("Question " + question.id() + " does not offer " + position.wireName());
        }
        return new CodedAnswer(position, position == null ? null : CodingSource.EXPLICIT, 1.0,
                hasText(answer.comment()) ? PersonalData.redact(answer.comment()) : null, List.of());
    }

    private CodedAnswer parsed(Question question, WrittenTemplate.Answer answer, List<String> flags) {
        // A position the question does not offer (a "yes" to an open question) is left to the comment.
        @Nullable Position position = answer.position() != null && question.offers(answer.position())
                ? answer.position() : null;
        if (answer.confidence() < 1.0) {
            flags.add(CodingFlags.NEEDS_REVIEW);
        }
        @Nullable String comment = answer.comment() == null ? null : PersonalData.redact(answer.comment());
        // No box ticked, a view in words ("We do not agree with the definition."): the comment says it, as it would to
        // an analyst; inferred, so calibrated as the coder's other positions.
        FreeTextCoder.@Nullable InferredAnswer commented = position == null && question.isClosed()
                && answer.comment() != null ? FreeTextCoder.commented(question, answer.comment()) : null;
        if (commented != null) {
            return new CodedAnswer(commented.position(), CodingSource.INFERRED, calibration.of(
                    Calibration.Kind.POSITION, answer.confidence() * commented.confidence()), comment, List.of());
        }
        return new CodedAnswer(position, position == null ? null : CodingSource.PARSED, answer.confidence(), comment,
                List.of());
    }

    /** "No" to every closed question answered, and not a word on why: the government's summary counts these. */
    private static boolean noToAll(Map<String, CodedAnswer> answers) {
        return !answers.isEmpty()
                && answers.values().stream().allMatch(answer -> answer.position() == Position.DISAGREE
                        && answer.text() == null);
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
