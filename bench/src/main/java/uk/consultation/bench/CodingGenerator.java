package uk.consultation.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Codings as coding-service publishes them for the public's responses: each a new response, answering about half the
 * questions, with a position on the closed ones and one or two codeframe themes, from any channel.
 */
final class CodingGenerator {

    private final ConsultationDefinition consultation;
    private final Random random;
    private long next;

    CodingGenerator(ConsultationDefinition consultation, long seed) {
        this.consultation = consultation;
        this.random = new Random(seed);
    }

    ResponseCoded next() {
        Instant now = Instant.now();
        RespondentType type = random.nextInt(10) == 0 ? RespondentType.ORGANISATION : RespondentType.INDIVIDUAL;
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        Map<String, ResponseCoded.CodedAnswer> answers = new HashMap<>();
        for (Question question : consultation.questions()) {
            if (random.nextBoolean()) {
                continue;
            }
            Position position = question.isClosed()
                    ? question.options().get(random.nextInt(question.options().size())).position()
                    : null;
            List<ResponseCoded.ThemeAssignment> themes = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(2) && !question.codeframe().isEmpty(); i++) {
                themes.add(new ResponseCoded.ThemeAssignment(
                        question.codeframe().get(random.nextInt(question.codeframe().size())).code(), 0.8,
                        CodingSource.INFERRED, null));
            }
            answers.put(question.id(), new ResponseCoded.CodedAnswer(position,
                    position == null ? null : CodingSource.EXPLICIT, 1.0, "A comment.", themes));
        }
        return new ResponseCoded("bench-" + next++, consultation.id(), 1, now, channel, now, false,
                new ResponseCoded.CodedRespondent(type, CodingSource.EXPLICIT, 1.0, null), answers, List.of(),
                "bench", consultation.codeframeVersion(), null, null);
    }
}
