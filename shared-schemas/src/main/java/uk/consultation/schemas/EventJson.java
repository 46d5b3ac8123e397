package uk.consultation.schemas;

import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of events on Kafka, so that every writer and reader agrees on it. */
public final class EventJson {

    /**
     * Unknown fields are ignored so that readers keep working when a writer adds fields; nulls are left out, so an
     * optional field is either present with a value or absent.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    public static byte[] toBytes(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T> T fromBytes(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Both ways for one value type, as Kafka Streams takes them; a null (a tombstone) stays null. */
    public static <T> Serde<T> serde(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : toBytes(value), new Deserializer<>(type));
    }

    /**
     * Serializes any event as JSON. Raw bytes pass through unchanged: that is how a record that could not be
     * deserialized reaches its dead-letter topic exactly as it arrived.
     */
    public static final class Serializer implements org.apache.kafka.common.serialization.Serializer<Object> {
        @Override
        public byte @Nullable [] serialize(String topic, @Nullable Object data) {
            if (data == null) {
                return null;
            }
            return data instanceof byte[] bytes ? bytes : toBytes(data);
        }
    }

    /** Reads one topic's value type; wrap it in an error-handling deserializer so that a bad record is dead-lettered. */
    public static final class Deserializer<T> implements org.apache.kafka.common.serialization.Deserializer<T> {
        private final Class<T> type;

        public Deserializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
        }

        @Override
        public @Nullable T deserialize(String topic, byte @Nullable [] data) {
            if (data == null) {
                return null;
            }
            try {
                return fromBytes(data, type);
            } catch (JacksonException e) {
                throw new SerializationException("Not a valid " + type.getSimpleName() + " on " + topic + ": "
                        + e.getOriginalMessage(), e);
            }
        }

        @Override
        public @Nullable T deserialize(String topic, Headers headers, byte @Nullable [] data) {
            return deserialize(topic, data);
        }
    }
}
