package uk.consultation.intake.form;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.ratelimit.SubmissionRateLimit;
import uk.consultation.intake.ratelimit.TooManySubmissionsException;
import uk.consultation.intake.receive.InvalidSubmissionException;
import uk.consultation.intake.receive.KeyReusedException;
import uk.consultation.intake.receive.Receipt;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.ResponseIntake;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.intake.receive.Text;
import uk.consultation.intake.receive.UnknownConsultationException;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * The online form: shown, posted, and on success redirected to a confirmation (Post/Redirect/Get), so that reloading
 * the confirmation sends nothing again.
 */
@Controller
@RequestMapping("/consultations/{consultationId}/respond")
class ResponseFormController {

    private static final Logger log = LoggerFactory.getLogger(ResponseFormController.class);

    // As the consultation document prints it: "11:45pm on 5 June 2018".
    private static final DateTimeFormatter CLOSING = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

    private final ResponseRecorder recorder;
    private final ResponseIntake intake;
    private final SubmissionRateLimit rateLimit;
    private final Clock clock;

    ResponseFormController(ResponseRecorder recorder, ResponseIntake intake, SubmissionRateLimit rateLimit,
            Clock clock) {
        this.recorder = recorder;
        this.intake = intake;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView form(@PathVariable String consultationId) {
        return page(recorder.consultation(consultationId), ResponseForm.blank(), FormErrors.NONE, HttpStatus.OK);
    }

    /**
     * An invalid response is shown again with its errors and with 422, like the JSON API: the browser shows the page
     * all the same, and the status tells monitoring and tests that nothing was received. One over the rate limit is
     * shown again too, with 429, so that nothing the respondent wrote is lost.
     */
    @PostMapping
    ModelAndView submit(@PathVariable String consultationId, @ModelAttribute("form") ResponseForm form,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        try {
            rateLimit.take(request);
        } catch (TooManySubmissionsException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfter());
            return page(consultation, form, FormErrors.TOO_MANY, HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            Receipt receipt = intake.receiveOnline(consultationId, Text.blankToNull(form.token()),
                    form.toSubmission(consultation));
            redirect.addAttribute("reference", receipt.reference());
            return new ModelAndView("redirect:/consultations/{consultationId}/respond/confirmation");
        } catch (InvalidSubmissionException e) {
            return page(consultation, form, FormErrors.of(e.errors(), consultation), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (KeyReusedException e) {
            return page(consultation, form.withNewToken(), FormErrors.ALREADY_SENT, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** The reference travels in the address so any instance can show it; only a reference's shape is echoed. */
    @GetMapping("/confirmation")
    ModelAndView confirmation(@PathVariable String consultationId, @RequestParam String reference) {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        if (!ResponseIdentity.isReference(reference)) {
            return notFound();
        }
        ModelAndView page = new ModelAndView("form/confirmation");
        page.addObject("consultation", consultation);
        page.addObject("reference", reference);
        return page;
    }

    @ExceptionHandler
    ModelAndView unknownConsultation(UnknownConsultationException e) {
        return notFound();
    }

    /** Nothing was received: say so, and when to try again. */
    @ExceptionHandler
    ModelAndView kafkaUnavailable(KafkaUnavailableException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, KafkaUnavailableException.RETRY_AFTER_SECONDS);
        return new ModelAndView("form/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A failure of intake itself: logged here, and the respondent told only that nothing was sent. */
    @ExceptionHandler
    ModelAndView unexpected(RuntimeException e) {
        log.error("The form failed", e);
        return new ModelAndView("form/unavailable", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private ModelAndView page(ConsultationDefinition consultation, ResponseForm form, FormErrors errors,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("form/respond", status);
        page.addObject("consultation", consultation);
        page.addObject("chapters", Chapter.of(consultation.questions()));
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("closedAt", consultation.isLate(clock.instant()) ? CLOSING.format(consultation.closes()) : null);
        return page;
    }

    private static ModelAndView notFound() {
        return new ModelAndView("form/not-found", HttpStatus.NOT_FOUND);
    }
}
