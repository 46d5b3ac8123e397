package uk.consultation.coding.emerging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import uk.consultation.coding.language.CaseFolding;
import uk.consultation.coding.receive.ReceivedResponseListener;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * Accepting a candidate theme: the consultation's definition with the theme added to its question's codeframe and the
 * codeframe version raised, registered through intake; once this service's catalog has read the new version back
 * from {@code consultations}, every response is coded again with it.
 */
@Component
class CodeframeChanges {

    private static final Logger log = LoggerFactory.getLogger(CodeframeChanges.class);

    /** Reporting counts themes under their code: it must be a safe field name. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Duration CATALOG_CHECK = Duration.ofMillis(200);
    private static final Duration CATALOG_PATIENCE = Duration.ofMinutes(2);

    private final ConsultationCatalog catalog;
    private final ProposedCandidates proposed;
    private final IntakeConsultations intake;
    private final ReceivedResponseListener responses;
    private final TaskScheduler scheduler;

    CodeframeChanges(ConsultationCatalog catalog, ProposedCandidates proposed, IntakeConsultations intake,
            ReceivedResponseListener responses, TaskScheduler scheduler) {
        this.catalog = catalog;
        this.proposed = proposed;
        this.intake = intake;
        this.responses = responses;
        this.scheduler = scheduler;
    }

    /**
     * The theme an analyst makes of a candidate, every word of it theirs: the definition is public, so none of it is a
     * respondent's sentence, which an erasure could not take back.
     */
    record NewTheme(@Nullable String code, @Nullable String label, @Nullable String description,
            @Nullable List<@Nullable String> examples) {
    }

    /** What was registered; recoding follows. */
    record Accepted(String consultationId, String questionId, int codeframeVersion, Question.Theme theme) {
    }

    Accepted accept(String consultationId, String candidateId, NewTheme request) {
        ConsultationDefinition consultation = EmergingThemeController.consultation(catalog, consultationId);
        ThemeCandidate candidate = proposed.candidate(consultationId, candidateId).orElseThrow(() -> problem(
                HttpStatus.NOT_FOUND, "Unknown candidate theme", "Consultation " + consultationId
                        + " has no candidate theme " + candidateId + " in its latest proposals"));
        if (request.code() == null || !CODE.matcher(request.code()).matches() || blank(request.label())
                || blank(request.description())) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid theme", "A theme needs a code (lower-case letters, digits "
                    + "and hyphens, at most 64), a label and a description");
        }
        List<String> examples = ownWords(request, candidate);
        boolean taken = consultation.questions().stream().flatMap(question -> question.codeframe().stream())
                .anyMatch(theme -> theme.code().equals(request.code()));
        if (taken) {
            throw problem(HttpStatus.CONFLICT, "Theme code in use", "Consultation " + consultationId
                    + " already has a theme " + request.code());
        }
        Question.Theme theme = new Question.Theme(request.code(), request.label().strip(),
                request.description().strip(), examples);
        ConsultationDefinition changed = withTheme(consultation, candidate.questionId(), theme);
        intake.register(changed);
        try {
            proposed.accepted(consultationId, candidateId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EmergingThemes.notReady("The service is stopping; the theme was registered");
        }
        log.info("Consultation {}: theme {} added to question {} as codeframe version {}", consultationId,
                theme.code(), candidate.questionId(), changed.codeframeVersion());
        recodeOnceKnown(consultationId, changed.codeframeVersion(), Instant.now().plus(CATALOG_PATIENCE));
        return new Accepted(consultationId, candidate.questionId(), changed.codeframeVersion(), theme);
    }

    /** The analyst's examples, refused if missing or if any of the theme's words is one of the candidate's quotes. */
    private static List<String> ownWords(NewTheme request, ThemeCandidate candidate) {
        List<@Nullable String> examples = request.examples() == null ? List.of() : request.examples();
        if (examples.isEmpty() || examples.stream().anyMatch(CodeframeChanges::blank)) {
            throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "Examples needed", "A theme needs examples the analyst "
                    + "writes: the consultation's definition is public, so respondents' sentences stay out of it");
        }
        Set<String> quotes = candidate.examples().stream().map(CodeframeChanges::comparable)
                .collect(Collectors.toSet());
        boolean quoted = Stream.concat(Stream.of(request.label(), request.description()), examples.stream())
                .anyMatch(text -> quotes.contains(comparable(text)));
        if (quoted) {
            throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "Respondent's words", "A theme's label, description "
                    + "and examples are the analyst's own: one is a respondent's sentence from the candidate, which "
                    + "the public definition would keep after the response is erased");
        }
        return examples.stream().map(String::strip).toList();
    }

    /** The same sentence whatever its case and spacing. */
    private static String comparable(@Nullable String text) {
        return text == null ? "" : CaseFolding.lower(SPACES.matcher(text.strip()).replaceAll(" "));
    }

    private static ConsultationDefinition withTheme(ConsultationDefinition consultation, String questionId,
            Question.Theme theme) {
        List<Question> questions = consultation.questions().stream()
                .map(question -> !question.id().equals(questionId) ? question : new Question(question.id(),
                        question.number(), question.chapter(), question.text(), question.descriptions(),
                        question.names(), question.kind(), question.options(),
                        Stream.concat(question.codeframe().stream(), Stream.of(theme)).toList()))
                .toList();
        return new ConsultationDefinition(consultation.id(), consultation.title(), consultation.department(),
                consultation.timeZone(), consultation.opens(), consultation.closes(),
                consultation.codeframeVersion() + 1, questions, consultation.retainTextFor());
    }

    /** Recoding with the old codeframe would change nothing: it waits, without holding a thread, for the new one. */
    private void recodeOnceKnown(String consultationId, int codeframeVersion, Instant giveUpAt) {
        boolean known = catalog.find(consultationId)
                .filter(consultation -> consultation.codeframeVersion() >= codeframeVersion).isPresent();
        if (known) {
            responses.recodeEverything();
        } else if (Instant.now().isAfter(giveUpAt)) {
            log.error("Consultation {}: codeframe version {} not read back from Kafka in {}; recode by hand with "
                    + "POST /api/v1/recoding", consultationId, codeframeVersion, CATALOG_PATIENCE);
        } else {
            scheduler.schedule(() -> recodeOnceKnown(consultationId, codeframeVersion, giveUpAt),
                    Instant.now().plus(CATALOG_CHECK));
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
