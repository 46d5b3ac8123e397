package uk.consultation.coding.review;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * The analysts' page: the review queue with each answer's passage and the evidence for its themes, a form per response
 * to correct question, position and themes, and the agreement figures. Plain HTML forms, no JavaScript.
 */
@Controller
@RequestMapping("/consultations/{consultationId}/review")
class ReviewPageController {

    private static final String QUESTION = "question.";
    private static final String POSITION = "position.";
    private static final String THEMES = "themes.";

    private final ResponseReviews reviews;
    private final ReviewSubmissions submissions;
    private final ReviewSettings settings;

    ReviewPageController(ResponseReviews reviews, ReviewSubmissions submissions, ReviewSettings settings) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.settings = settings;
    }

    /** A theme the analyst can tick, with what the coder saw, if it assigned it. */
    record ThemeChoice(String code, String label, @Nullable ThemeAssignment assigned) {
    }

    record AnswerForm(String questionId, String number, CodedAnswer answer, List<ThemeChoice> themes) {
    }

    /** Why the response is in the queue, as the page says it: what to check, and the question it is about. */
    record ReasonShown(String code, String description, @Nullable String question, @Nullable Double confidence) {
    }

    record QueueItem(ResponseCoded coding, List<ReasonShown> reasons, List<AnswerForm> answers) {
    }

    @GetMapping
    ModelAndView page(@PathVariable String consultationId, @RequestParam(required = false) @Nullable String sent,
            Principal analyst) {
        ModelAndView page = page(consultationId, analyst, List.of(), null);
        page.addObject("sent", sent);
        return page;
    }

    /**
     * The signed-in analyst's review. Post/Redirect/Get on success; a review that cannot be taken shows the page again
     * with why, and its status.
     */
    @PostMapping("/{responseId}")
    ModelAndView review(@PathVariable String consultationId, @PathVariable String responseId,
            @RequestParam MultiValueMap<String, String> form, Principal analyst, RedirectAttributes redirect)
            throws InterruptedException {
        try {
            submissions.submit(responseId, analyst.getName(), request(form));
            redirect.addAttribute("sent", responseId);
            return new ModelAndView("redirect:/consultations/{consultationId}/review");
        } catch (ReviewRejectedException e) {
            List<String> errors = new ArrayList<>();
            errors.add(e.getBody().getDetail());
            e.errors().forEach(error -> errors.add(error.field() + ": " + error.detail()));
            return page(consultationId, analyst, errors, e.getStatusCode());
        }
    }

    private ModelAndView page(String consultationId, Principal analyst, List<String> errors,
            @Nullable HttpStatusCode status) {
        ConsultationDefinition consultation = submissions.consultation(consultationId);
        ModelAndView page = new ModelAndView("review/queue");
        page.addObject("consultation", consultation);
        page.addObject("analyst", analyst.getName());
        page.addObject("queue", reviews.queue(consultationId).stream()
                .map(coding -> item(coding, consultation, settings.confidenceBelow())).toList());
        page.addObject("agreement", Agreement.of(reviews.appliedReviews(consultationId)));
        page.addObject("errors", errors);
        if (status != null) {
            page.setStatus(status);
        }
        return page;
    }

    private static QueueItem item(ResponseCoded coding, ConsultationDefinition consultation, double confidenceBelow) {
        List<AnswerForm> answers = new ArrayList<>();
        coding.answers().forEach((questionId, answer) -> consultation.question(questionId).ifPresent(question ->
                answers.add(new AnswerForm(questionId, question.number(), answer, themes(question, answer)))));
        List<ReasonShown> reasons = QueueReasons.of(coding, confidenceBelow).stream().map(reason -> new ReasonShown(
                reason.why().code(), reason.why().description(), reason.questionId() == null ? null
                        : consultation.question(reason.questionId()).map(Question::number).orElse(reason.questionId()),
                reason.confidence())).toList();
        return new QueueItem(coding, reasons, answers);
    }

    private static List<ThemeChoice> themes(Question question, CodedAnswer answer) {
        return question.codeframe().stream().map(theme -> new ThemeChoice(theme.code(), theme.label(),
                answer.themes().stream().filter(assigned -> assigned.code().equals(theme.code())).findFirst()
                        .orElse(null))).toList();
    }

    /** The form names each answer's fields after the question it was coded under: question.q1, position.q1, … */
    private static ReviewRequest request(MultiValueMap<String, String> form) {
        Map<String, ReviewRequest.AnswerCorrection> answers = new LinkedHashMap<>();
        form.keySet().stream().filter(name -> name.startsWith(QUESTION)).forEach(name -> {
            String codedUnder = name.substring(QUESTION.length());
            answers.put(codedUnder, new ReviewRequest.AnswerCorrection(form.getFirst(name),
                    form.getFirst(POSITION + codedUnder), form.getOrDefault(THEMES + codedUnder, List.of())));
        });
        return new ReviewRequest(version(form.getFirst("version")), answers,
                form.getFirst("respondentType"), form.getFirst("note"));
    }

    /** A version that is not a number is no version: the review is refused for want of one. */
    private static @Nullable Integer version(@Nullable String given) {
        try {
            return given == null ? null : Integer.valueOf(given.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
