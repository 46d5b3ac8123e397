package uk.consultation.coding.receive;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators, after a codeframe or coder change: recode every response. It runs in the background, as fast as
 * responses are coded; the figures follow as the new codings arrive.
 */
@RestController
class RecodingController {

    private final ReceivedResponseListener listener;

    RecodingController(ReceivedResponseListener listener) {
        this.listener = listener;
    }

    /** Rewinds the partitions this instance holds: with several instances, ask each. */
    @PostMapping("/api/v1/recoding")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> recode() {
        listener.recodeEverything();
        return Map.of("status", "Recoding every response from the beginning of responses-received");
    }
}
