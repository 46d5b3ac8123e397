package uk.consultation.coding.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.ProcessingHandlerResponse;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import uk.consultation.schemas.Topics;

/** Which processing failures become dead letters, and which replace the thread so that the record is tried again. */
class StreamDeadLettersDecisionsTest {

    private static final byte[] READ = "{\"review\": 1}".getBytes(StandardCharsets.UTF_8);

    private final List<ConsumerRecord<?, ?>> written = new ArrayList<>();
    private final StreamDeadLetters handler = handler((record, failure) -> written.add(record));

    @Test
    void aBugWithOneRecordSendsTheRecordAsReadToItsDeadLetterTopicAndCarriesOn() {
        assertThat(handler.handle(context(Topics.RESPONSES_REVIEWED.name()), processed(),
                new IllegalStateException("no answer q9"))).isEqualTo(ProcessingHandlerResponse.CONTINUE);

        assertThat(written).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("responses-reviewed");
            assertThat(record.partition()).isEqualTo(2);
            assertThat(record.key()).isEqualTo("response-1");
            assertThat(record.value()).isEqualTo(READ);
        });
    }

    @Test
    void aStoreOrBrokerFailureIsNotTheRecordsAndIsTriedAgain() {
        assertThat(handler.handle(context(Topics.RESPONSES_REVIEWED.name()), processed(),
                new ProcessorStateException("RocksDB write failed"))).isEqualTo(ProcessingHandlerResponse.FAIL);
        assertThat(handler.handle(context(Topics.RESPONSES_REVIEWED.name()), processed(),
                new KafkaException("broker away"))).isEqualTo(ProcessingHandlerResponse.FAIL);
        assertThat(written).isEmpty();
    }

    @Test
    void anErasureIsNeverSkipped() {
        assertThat(handler.handle(context(Topics.RESPONSES_RECEIVED.name()), processed(),
                new IllegalStateException("bug"))).isEqualTo(ProcessingHandlerResponse.FAIL);
        assertThat(written).isEmpty();
    }

    @Test
    void aDeadLetterKafkaDoesNotTakeLeavesTheRecordToBeTriedAgain() {
        StreamDeadLetters refused = handler((record, failure) -> {
            throw new KafkaException("Dead-letter publication failed");
        });
        assertThat(refused.handle(context(Topics.RESPONSES_REVIEWED.name()), processed(),
                new IllegalStateException("bug"))).isEqualTo(ProcessingHandlerResponse.FAIL);
    }

    @Test
    void aFailureOutsideARecordHasNothingToSend() {
        assertThat(handler.handle(context(null), processed(), new IllegalStateException("punctuation")))
                .isEqualTo(ProcessingHandlerResponse.FAIL);
        assertThat(written).isEmpty();
    }

    private static StreamDeadLetters handler(ConsumerRecordRecoverer deadLetters) {
        StreamDeadLetters handler = new StreamDeadLetters();
        handler.configure(Map.of(StreamDeadLetters.PUBLISHER, deadLetters));
        return handler;
    }

    private static Record<String, String> processed() {
        return new Record<>("response-1", "as processed", 0L);
    }

    private static ErrorHandlerContext context(@Nullable String topic) {
        return new ErrorHandlerContext() {
            @Override
            public @Nullable String topic() {
                return topic;
            }

            @Override
            public int partition() {
                return 2;
            }

            @Override
            public long offset() {
                return 41;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return "KSTREAM-PROCESSOR-0000000003";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 2);
            }

            @Override
            public long timestamp() {
                return 0L;
            }

            @Override
            public byte[] sourceRawKey() {
                return "response-1".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] sourceRawValue() {
                return READ;
            }
        };
    }
}
