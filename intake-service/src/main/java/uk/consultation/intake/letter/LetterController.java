package uk.consultation.intake.letter;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.intake.receive.Receipt;

@RestController
class LetterController {

    private final LetterIntake intake;

    LetterController(LetterIntake intake) {
        this.intake = intake;
    }

    /** 202: the transcription is durably in Kafka. */
    @PostMapping("/api/v1/consultations/{consultationId}/letters")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Receipt transcribe(@PathVariable String consultationId, @RequestBody LetterTranscription letter) {
        return intake.receive(consultationId, letter);
    }
}
