package uk.consultation.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates events against the JSON Schemas in {@code schemas/}. Shipped in this module's test jar so that each
 * service's contract test checks what that service really produces.
 */
public final class SchemaContract {

    public static final String RESPONSE_RECEIVED = "response-received.v1";
    public static final String RESPONSE_CONTACT = "response-contact.v1";
    public static final String RESPONSE_CODED = "response-coded.v1";
    public static final String RESPONSE_QUARANTINED = "response-quarantined.v1";
    public static final String RESPONSE_REVIEWED = "response-reviewed.v1";
    public static final String CONSULTATION_DEFINITION = "consultation-definition.v1";
    public static final String CONSULTATION_SCHEDULE_CHANGED = "consultation-schedule-changed.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private SchemaContract() {
    }

    /** The problems found validating the event as it goes on the wire; empty when it conforms. */
    public static Set<String> violations(String schemaName, Object event) {
        byte[] json = event instanceof byte[] bytes ? bytes : EventJson.toBytes(event);
        return violations(schemaName, json);
    }

    public static Set<String> violations(String schemaName, byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            return schema(schemaName).validate(node).stream()
                    .map(ValidationMessage::getMessage)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertConforms(String schemaName, Object event) {
        Set<String> violations = violations(schemaName, event);
        if (!violations.isEmpty()) {
            throw new AssertionError(schemaName + " violated by " + new String(EventJson.toBytes(event)) + ": " + violations);
        }
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = SchemaContract.class.getClassLoader().getResourceAsStream("schemas/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No schema " + name);
            }
            return FACTORY.getSchema(in, CONFIG);
        }
    }
}
