package uk.consultation.intake.email;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.intake.receive.Receipt;

@RestController
class EmailController {

    private static final String EMAILS = "/api/v1/consultations/{consultationId}/emails";

    private final EmailIntake intake;

    EmailController(EmailIntake intake) {
        this.intake = intake;
    }

    /** 202: the email is durably in Kafka as a response; coding follows asynchronously. */
    @PostMapping(path = EMAILS, consumes = "message/rfc822")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Receipt receive(@PathVariable String consultationId, InputStream body) throws IOException {
        return intake.receive(consultationId, Uploads.read(body, EmailLimits.MESSAGE_BYTES));
    }

    /** 200 with a receipt or a reason for each message; those received are in Kafka. */
    @PostMapping(path = EMAILS, consumes = "application/mbox")
    MailboxReport receiveMailbox(@PathVariable String consultationId, InputStream body) throws IOException {
        return intake.receiveMailbox(consultationId, Uploads.read(body, EmailLimits.MAILBOX_BYTES));
    }
}
