package uk.consultation.coding.kafka;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/** Reads back what coding has published: how the in-memory indexes built from codings are rebuilt at start. */
public final class PublishedCodings {

    private static final Logger log = LoggerFactory.getLogger(PublishedCodings.class);

    private PublishedCodings() {
    }

    /**
     * Hands every coding on {@code responses-coded}, up to the end at the time of asking, to {@code each}. Each
     * response's codings are on one partition, in order, so the last one handed over is its latest.
     *
     * @return how many were read
     */
    public static long readBack(KafkaProperties kafkaProperties, Consumer<ResponseCoded> each) {
        long[] read = {0};
        TopicReader.readToEnd(kafkaProperties, Topics.RESPONSES_CODED, record -> {
            try {
                each.accept(EventJson.fromBytes(record.value(), ResponseCoded.class));
                read[0]++;
            } catch (RuntimeException e) {
                log.warn("Skipped an unreadable coding at {}-{}@{}", record.topic(), record.partition(),
                        record.offset());
            }
        });
        return read[0];
    }
}
