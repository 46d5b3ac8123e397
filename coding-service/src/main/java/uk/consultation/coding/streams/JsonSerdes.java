package uk.consultation.coding.streams;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import uk.consultation.schemas.EventJson;

/** Values in Kafka Streams stores and topics as JSON, written and read as on every topic. */
public final class JsonSerdes {

    private JsonSerdes() {
    }

    public static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : EventJson.toBytes(value),
                new EventJson.Deserializer<>(type));
    }
}
