package uk.consultation.coding.receive;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.consultation.coding.streams.StateQueries;

/**
 * For operators, after a codeframe or coder change: recode every response. It runs in the background, as fast as
 * responses are coded; the figures follow as the new codings arrive.
 */
@RestController
class RecodingController {

    /** Where one instance asks another to rewind the partitions it holds. */
    static final String THIS_INSTANCE = "/api/v1/recoding/this-instance";

    private final ReceivedResponseListener listener;
    private final StateQueries instances;

    RecodingController(ReceivedResponseListener listener, StateQueries instances) {
        this.listener = listener;
        this.instances = instances;
    }

    /**
     * Every instance rewinds the partitions of {@code responses-received} it holds, the others first, asked with the
     * caller's credentials; 503 if one does not answer (asking again is safe: a recoding is a replay).
     */
    @PostMapping("/api/v1/recoding")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> recode() {
        instances.tellEveryOtherInstance(THIS_INSTANCE);
        listener.recodeEverything();
        return Map.of("status", "Recoding every response from the beginning of responses-received");
    }

    @PostMapping(THIS_INSTANCE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> recodeHere() {
        listener.recodeEverything();
        return Map.of("status", "Recoding the partitions of responses-received this instance holds");
    }
}
