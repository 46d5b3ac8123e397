package uk.consultation.coding.redrive;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: the responses that could not be coded, with why, and re-driving them once the cause is fixed (a
 * consultation definition published, a coder fix deployed).
 */
@RestController
@RequestMapping("/api/v1/dead-letters/responses-received")
class DeadLetterController {

    private final DeadLetterRedrive redrive;

    DeadLetterController(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @GetMapping
    DeadLetterRedrive.Waiting waiting() {
        return redrive.waiting();
    }

    @PostMapping("/redrive")
    DeadLetterRedrive.Report redrive() {
        return redrive.redrive();
    }
}
