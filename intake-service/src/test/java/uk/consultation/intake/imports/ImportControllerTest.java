package uk.consultation.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseContact;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Importing each platform's fixture (test-support's {@code exports}, in the layout the platform writes) with the
 * mapping its preview suggests. The expected counts are those {@code generate.py} wrote down beside each fixture from
 * the rows it wrote, not anything this code computed. The publisher is a mock standing in for Kafka.
 */
@WithMockUser(roles = "TRANSCRIBER")
@WebMvcTest(controllers = ImportController.class, properties = {"intake.imports.max-size=10MB",
        "intake.imports.rows-in-flight=4"})
@Import({ExportImport.class, ExportSpool.class, ResponseRecorder.class, ImportControllerTest.FixedClock.class})
@EnableConfigurationProperties(ImportSettings.class)
class ImportControllerTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String IMPORTS = "/api/v1/consultations/" + CONSULTATION + "/imports";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    EventPublisher publisher;

    @MockitoBean
    KeyClaims keys;

    /** Kept and found on Kafka: IntakeIntegrationTest. Here no mapping has been kept. */
    @MockitoBean
    SavedMappings savedMappings;

    /** Written to and read from Kafka: ImportProgressTest. */
    @MockitoBean
    ImportLog importLog;

    private RecordedImports imports;

    private final ConcurrentLinkedQueue<ResponseReceived> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ResponseContact> contacts = new ConcurrentLinkedQueue<>();

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2018-06-01T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void kafkaTakesEverything() {
        imports = new RecordedImports(importLog);
        given(catalog.find(CONSULTATION)).willReturn(Optional.of(ConsultationDefinitions.bundled(CONSULTATION)));
        doAnswer(invocation -> {
            Object event = invocation.getArgument(3);
            if (event instanceof ResponseReceived response) {
                received.add(response);
            } else if (event instanceof ResponseContact contact) {
                contacts.add(contact);
            }
            return null;
        }).when(publisher).publish(any(Channel.class), any(), anyString(), any());
    }

    @ParameterizedTest
    @CsvSource({"citizen-space, citizen-space.csv", "smartsurvey, smartsurvey.csv",
            "microsoft-forms, microsoft-forms.xlsx"})
    void importsEachPlatformsExportWithTheSuggestedMappingIntoTheCountsItsRowsHold(String platform, String fixture)
            throws Exception {
        byte[] export = fixture(fixture);
        Map<String, Integer> expected = expected(fixture);
        int rows = expected.get("rows");

        String mapping = preview(platform, fixture, export)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(rows))
                .andExpect(jsonPath("$.saved").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mapping = mapping.substring(mapping.indexOf("\"mapping\":") + "\"mapping\":".length(), mapping.length() - 1);

        importExport(fixture, export, mapping)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("finished"))
                .andExpect(jsonPath("$.platform").value(platform))
                .andExpect(jsonPath("$.startedBy").value("user"))
                .andExpect(jsonPath("$.rowsInFile").value(rows))
                .andExpect(jsonPath("$.rowsRead").value(rows))
                .andExpect(jsonPath("$.accepted").value(rows))
                .andExpect(jsonPath("$.refused").isEmpty());

        assertThat(received).hasSize(rows).allSatisfy(response -> {
            assertThat(response.channel()).isEqualTo(Channel.ONLINE);
            assertThat(response.source().platform()).isEqualTo(platform);
            assertThat(response.source().platformResponseId()).isNotBlank();
            assertThat(response.late()).isFalse();
            SchemaContract.assertConforms(SchemaContract.RESPONSE_RECEIVED, response);
        });
        // what reporting counts as a question's responses is the system test's to check
        expected.keySet().removeIf(key -> key.endsWith(".responses"));
        assertThat(counts(received)).isEqualTo(expected);
        assertThat(contacts).allSatisfy(contact -> assertThat(contact.reference())
                .as("the platform acknowledged its respondents: no email from us").isNull());

        // the same export again: the same responses, by the same ids
        Set<String> first = received.stream().map(ResponseReceived::responseId).collect(Collectors.toSet());
        assertThat(first).hasSize(rows);
        received.clear();
        importExport(fixture, export, mapping).andExpect(jsonPath("$.accepted").value(rows));
        assertThat(received.stream().map(ResponseReceived::responseId).collect(Collectors.toSet())).isEqualTo(first);
        // A platform's own id replaces its row's response on purpose: never claimed, so never refused as reused
        verifyNoInteractions(keys);
    }

    @Test
    void keepsNamesAndAddressesOnTheContactsOnly() throws Exception {
        byte[] export = fixture("citizen-space.csv");
        String mapping = mappingOf(preview("citizen-space", "citizen-space.csv", export));
        importExport("citizen-space.csv", export, mapping).andExpect(status().isOk());

        assertThat(contacts).isNotEmpty().allSatisfy(contact -> assertThat(contact.email()).contains("@"));
        assertThat(received.stream().map(ResponseReceived::toString))
                .noneMatch(text -> text.contains("@example.org") || text.contains("Respondent "));
    }

    @Test
    void refusesRowsItCannotReadAndListsEachWithItsRowAndReasonWhileTakingTheRest() throws Exception {
        byte[] export = String.join("\r\n",
                "Response ID,Submitted on,1. Do you agree with our definition?,3. Any examples?",
                "ANON-0001-0001-1,2018-04-01 10:00:00,Yes,A lunch club",
                "ANON-0001-0002-2,2018-04-01 10:05:00,Perhaps,",
                ",2018-04-01 10:06:00,No,",
                "ANON-0001-0004-4,yesterday,No,",
                "ANON-0001-0005-5,2018-06-06 10:00:00,Not sure,",
                "ANON-0001-0006-6,2018-04-01 10:00:00,I agree with most of it but not with the part on schools,")
                .getBytes(StandardCharsets.UTF_8);
        String mapping = """
                {"platform": "citizen-space", "survey": "test", "responseIdColumn": "Response ID",
                 "submittedAtColumn": "Submitted on",
                 "questions": [{"questionId": "q1", "positionColumn": "1. Do you agree with our definition?"},
                               {"questionId": "q3", "commentColumn": "3. Any examples?"}],
                 "positions": {"Yes": "agree", "No": "disagree", "Not sure": "not_sure"}}""";

        importExport("test.csv", export, mapping)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsRead").value(6))
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.refused[0].row").value(3))
                .andExpect(jsonPath("$.refused[0].reason").value("Question 1: \"Perhaps\" is not in the position table"))
                .andExpect(jsonPath("$.refused[1].row").value(4))
                .andExpect(jsonPath("$.refused[1].reason").value("No response id in \"Response ID\""))
                .andExpect(jsonPath("$.refused[2].row").value(5))
                .andExpect(jsonPath("$.refused[2].reason").value("\"yesterday\" is not a date and time"))
                .andExpect(jsonPath("$.refused[3].row").value(7))
                .andExpect(jsonPath("$.refused[3].reason").value("Question 1: \"I agree with most of it but not with the…\""
                        + " is not in the position table"))
                .andExpect(jsonPath("$.refusedRows").value(4));

        assertThat(received).extracting(response -> response.source().platformResponseId())
                .containsExactlyInAnyOrder("ANON-0001-0001-1", "ANON-0001-0005-5");
        assertThat(received).filteredOn(response -> response.source().platformResponseId().endsWith("5-5"))
                .singleElement().satisfies(response -> assertThat(response.late())
                        .as("submitted after the consultation closed on 5 June 2018").isTrue());
    }

    @Test
    void answersAtOnceWithWhereToFollowTheImportAndListsItAmongTheConsultationsImports() throws Exception {
        byte[] export = fixture("smartsurvey.csv");
        String mapping = mappingOf(preview("smartsurvey", "smartsurvey.csv", export));

        ResultActions started = start("smartsurvey.csv", export, mapping)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("running"))
                .andExpect(jsonPath("$.consultationId").value(CONSULTATION))
                .andExpect(jsonPath("$.startedAt").isNotEmpty());
        String importId = JsonPath.read(started.andReturn().getResponse().getContentAsString(), "$.importId");
        assertThat(started.andReturn().getResponse().getHeader("Location")).isEqualTo(IMPORTS + "/" + importId);
        imports.awaitEnd(importId);

        mvc.perform(get(IMPORTS)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].importId").value(importId))
                .andExpect(jsonPath("$[0].state").value("finished"));
        mvc.perform(get(IMPORTS + "/" + UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown import"));
    }

    @Test
    void refusesAMappingThatNamesColumnsTheExportDoesNotHaveBeforeImportingAnything() throws Exception {
        byte[] export = "Response ID,Q1\r\nANON-1,Yes\r\n".getBytes(StandardCharsets.UTF_8);
        String mapping = """
                {"platform": "smartsurvey", "survey": "test", "responseIdColumn": "UserID",
                 "questions": [{"questionId": "q3", "positionColumn": "Q1"}], "positions": {}}""";

        start("test.csv", export, mapping)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'mapping.responseIdColumn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'mapping.questions.q3.positionColumn')]").exists());
        assertThat(received).isEmpty();
        assertThat(imports.all()).as("nothing started").isEmpty();
    }

    private ResultActions preview(String platform, String name, byte[] export) throws Exception {
        return mvc.perform(multipart(IMPORTS + "/preview").with(csrf()).param("platform", platform)
                .file(new MockMultipartFile("export", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, export)));
    }

    private static String mappingOf(ResultActions preview) throws Exception {
        String body = preview.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.substring(body.indexOf("\"mapping\":") + "\"mapping\":".length(), body.length() - 1);
    }

    /** Starts the import, then reads its progress where the answer's {@code Location} says, once it has ended. */
    private ResultActions importExport(String name, byte[] export, String mapping) throws Exception {
        ResultActions started = start(name, export, mapping);
        if (started.andReturn().getResponse().getStatus() != 202) {
            return started;
        }
        String location = started.andExpect(jsonPath("$.state").value("running"))
                .andReturn().getResponse().getHeader("Location");
        imports.awaitEnd(JsonPath.read(started.andReturn().getResponse().getContentAsString(), "$.importId"));
        return mvc.perform(get(location));
    }

    private ResultActions start(String name, byte[] export, String mapping) throws Exception {
        return mvc.perform(multipart(IMPORTS).with(csrf())
                .file(new MockMultipartFile("export", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, export))
                .file(new MockMultipartFile("mapping", "", MediaType.APPLICATION_JSON_VALUE,
                        mapping.getBytes(StandardCharsets.UTF_8))));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportControllerTest.class.getResourceAsStream("/exports/" + name)) {
            return in.readAllBytes();
        }
    }

    static Map<String, Integer> expected(String fixture) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportControllerTest.class.getResourceAsStream("/exports/" + fixture
                + ".expected.properties")) {
            properties.load(in);
        }
        Map<String, Integer> expected = new TreeMap<>();
        properties.forEach((key, value) -> expected.put((String) key, Integer.valueOf((String) value)));
        return expected;
    }

    /** The same tallies as the fixture's expected counts (but responses), taken from what reached "Kafka". */
    private static Map<String, Integer> counts(Iterable<ResponseReceived> responses) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ResponseReceived response : responses) {
            counts.merge("rows", 1, Integer::sum);
            counts.merge("respondents." + response.respondent().type().wireName(), 1, Integer::sum);
            response.answers().forEach((questionId, answer) -> {
                counts.merge(questionId + ".answers", 1, Integer::sum);
                if (answer.position() != null) {
                    counts.merge(questionId + "." + answer.position().wireName(), 1, Integer::sum);
                }
                if (answer.comment() != null) {
                    counts.merge(questionId + ".comments", 1, Integer::sum);
                }
            });
        }
        return counts;
    }
}
