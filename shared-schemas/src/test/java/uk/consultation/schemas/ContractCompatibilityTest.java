package uk.consultation.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.response.ResponseContact;
import uk.consultation.schemas.response.ResponseQuarantined;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Events written under v1 must stay readable: each golden v1 event still conforms to its schema, still reads into
 * today's record, and written back out still conforms. Removing or retyping a field fails here.
 */
class ContractCompatibilityTest {

    static Stream<Arguments> goldenEvents() {
        return Stream.of(
                Arguments.of(SchemaContract.RESPONSE_RECEIVED, ResponseReceived.class),
                Arguments.of(SchemaContract.RESPONSE_CODED, ResponseCoded.class),
                Arguments.of(SchemaContract.RESPONSE_CONTACT, ResponseContact.class),
                Arguments.of(SchemaContract.RESPONSE_QUARANTINED, ResponseQuarantined.class),
                Arguments.of(SchemaContract.RESPONSE_REVIEWED, ResponseReviewed.class));
    }

    @ParameterizedTest
    @MethodSource("goldenEvents")
    void goldenV1EventsStillReadAndConform(String schema, Class<?> type) throws IOException {
        byte[] golden = golden(schema);
        assertThat(SchemaContract.violations(schema, golden)).isEmpty();

        Object event = EventJson.fromBytes(golden, type);

        assertThat(SchemaContract.violations(schema, event)).isEmpty();
        assertThat(EventJson.MAPPER.readTree(EventJson.toBytes(event))).isEqualTo(EventJson.MAPPER.readTree(golden));
    }

    @Test
    void schemaRejectsAnEventMissingARequiredField() throws IOException {
        String withoutChannel = new String(golden(SchemaContract.RESPONSE_RECEIVED)).replace("\"channel\": \"online\",", "");

        assertThat(SchemaContract.violations(SchemaContract.RESPONSE_RECEIVED, withoutChannel.getBytes()))
                .anySatisfy(violation -> assertThat(violation).contains("channel"));
    }

    @Test
    void responseReceivedMayNotCarryContactDetails() throws IOException {
        String withEmail = new String(golden(SchemaContract.RESPONSE_RECEIVED))
                .replace("\"organisationName\": \"Near Neighbours\"", "\"email\": \"someone@example.org\"");

        assertThat(SchemaContract.violations(SchemaContract.RESPONSE_RECEIVED, withEmail.getBytes())).isNotEmpty();
    }

    @Test
    void aQuarantineRecordMayNotNameTheSender() throws IOException {
        String withFrom = new String(golden(SchemaContract.RESPONSE_QUARANTINED))
                .replace("\"subject\": \"My views\"", "\"from\": \"someone@example.org\"");

        assertThat(SchemaContract.violations(SchemaContract.RESPONSE_QUARANTINED, withFrom.getBytes())).isNotEmpty();
    }

    @Test
    void schemaRejectsAnUnknownPosition() throws IOException {
        String maybe = new String(golden(SchemaContract.RESPONSE_CODED)).replace("\"position\": \"agree\"", "\"position\": \"maybe\"");

        assertThat(SchemaContract.violations(SchemaContract.RESPONSE_CODED, maybe.getBytes())).isNotEmpty();
    }

    @Test
    void aReviewMustNameItsReviewer() throws IOException {
        String anonymous = new String(golden(SchemaContract.RESPONSE_REVIEWED)).replace("\"reviewer\": \"analyst-12\",", "");

        assertThat(SchemaContract.violations(SchemaContract.RESPONSE_REVIEWED, anonymous.getBytes()))
                .anySatisfy(violation -> assertThat(violation).contains("reviewer"));
    }

    @Test
    void anErasedCodingConformsKeepsWhatIsCountedAndNoWordOfTheRespondents() throws IOException {
        ResponseCoded coded = EventJson.fromBytes(golden(SchemaContract.RESPONSE_CODED), ResponseCoded.class);

        ResponseCoded erased = coded.erased(Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(SchemaContract.violations(SchemaContract.RESPONSE_CODED, erased)).isEmpty();
        String wire = new String(EventJson.toBytes(erased), StandardCharsets.UTF_8);
        assertThat(wire).doesNotContain("welcome", "community hubs", "Near Neighbours").contains("\"erased\"");
        assertThat(erased.version()).isEqualTo(2);
        assertThat(erased.erased()).isTrue();
        assertThat(erased.respondent().type()).isEqualTo(coded.respondent().type());
        assertThat(erased.answers().get("q1").position()).isEqualTo(coded.answers().get("q1").position());
        assertThat(erased.answers().get("q3").text()).isEqualTo(ResponseCoded.ERASED_TEXT);
        assertThat(erased.answers().get("q3").themes()).extracting(ResponseCoded.ThemeAssignment::code)
                .containsExactly("q3-local-community-projects");
        assertThat(erased.erased(Instant.parse("2020-01-02T00:00:00Z")).flags()).containsOnlyOnce(CodingFlags.ERASED);
        ResponseCoded toReview = new ResponseCoded(coded.responseId(), coded.consultationId(), 1, coded.codedAt(),
                coded.channel(), coded.receivedAt(), coded.late(), coded.respondent(), coded.answers(),
                List.of(CodingFlags.NEEDS_REVIEW, CodingFlags.UNCODED_TEXT), coded.coderVersion(),
                coded.codeframeVersion(), null, null);
        assertThat(toReview.erased(Instant.parse("2020-01-01T00:00:00Z")).flags())
                .containsExactly(CodingFlags.UNCODED_TEXT, CodingFlags.ERASED);
    }

    private static byte[] golden(String schema) throws IOException {
        try (InputStream in = ContractCompatibilityTest.class.getResourceAsStream("/golden/" + schema + ".json")) {
            return in.readAllBytes();
        }
    }
}
