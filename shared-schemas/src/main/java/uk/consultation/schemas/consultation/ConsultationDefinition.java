package uk.consultation.schemas.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A consultation as data: its dates and its questions, each with the answer options and the codeframe used to code
 * it. Opening and closing times are local times in the consultation's time zone, as the consultation document prints
 * them ("23:45 on 5 June 2018").
 *
 * @param codeframeVersion goes up whenever a codeframe changes, so that every coding names the codeframe it used
 * @param retainTextFor    how long after closing respondents' texts and contact details are kept (ISO-8601, e.g.
 *                         {@code P2Y}); then every response is erased, its counts kept. Absent: kept until erased on
 *                         request
 */
public record ConsultationDefinition(
        String id,
        String title,
        @Nullable String department,
        ZoneId timeZone,
        LocalDateTime opens,
        LocalDateTime closes,
        int codeframeVersion,
        List<Question> questions,
        @Nullable Period retainTextFor) {

    public ConsultationDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Instant opensAt() {
        return opens.atZone(timeZone).toInstant();
    }

    public Instant closesAt() {
        return closes.atZone(timeZone).toInstant();
    }

    /** When respondents' texts are to be erased: the closing time plus the retention period, if there is one. */
    public Optional<Instant> textErasureDue() {
        return retainTextFor == null ? Optional.empty()
                : Optional.of(closes.plus(retainTextFor).atZone(timeZone).toInstant());
    }

    /** A response received after the closing time is still taken, and counted as late. */
    public boolean isLate(Instant receivedAt) {
        return receivedAt.isAfter(closesAt());
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
