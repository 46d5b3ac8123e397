package uk.consultation.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.consultation.intake.IntakeApplication;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Two intake instances on the test broker: one imports a 50,000-row export, the other (this test's context, which
 * imports nothing) shows the import while it runs, from the {@code imports} topic alone, and where it stopped once
 * the first instance is shut down mid-import: every row before that one is in Kafka or refused, none after it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportProgressTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final RequestPostProcessor TRANSCRIBER = user("transcriber").roles("TRANSCRIBER");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int ROWS = 50_000;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void anotherInstanceShowsTheImportWhileItRunsAndTheRowItStoppedAtWhenItsInstanceIsShutDown() throws Exception {
        String ids = "P" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Path export = export(ids);
        ImportMapping mapping = EventJson.fromBytes("""
                {"platform": "smartsurvey", "survey": "progress-%s", "responseIdColumn": "UserID",
                 "submittedAtColumn": "Ended",
                 "questions": [{"questionId": "q1", "positionColumn": "Do you agree with our definition?",
                                "commentColumn": "Please explain your answer"}],
                 "positions": {"Agree": "agree"}}""".formatted(ids).getBytes(StandardCharsets.UTF_8),
                ImportMapping.class);

        ConfigurableApplicationContext importing = new SpringApplicationBuilder(IntakeApplication.class).run(
                "--server.port=0", "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers());
        String progress;
        try {
            ImportProgress started = importing.getBean(ExportImport.class).start(CONSULTATION, export, mapping,
                    "transcriber");
            progress = "/api/v1/consultations/" + CONSULTATION + "/imports/" + started.importId();
            await().atMost(PATIENCE).untilAsserted(() -> mvc.perform(get(progress).with(TRANSCRIBER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("running"))
                    .andExpect(jsonPath("$.rowsInFile").value(ROWS))
                    .andExpect(jsonPath("$.rowsRead", greaterThan(0))));
        } finally {
            // as on SIGTERM
            importing.close();
        }

        String answer = mvc.perform(get(progress).with(TRANSCRIBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("interrupted"))
                .andExpect(jsonPath("$.interruption").value("The intake instance importing it was shut down"))
                .andReturn().getResponse().getContentAsString();
        ImportProgress interrupted = EventJson.fromBytes(answer.getBytes(StandardCharsets.UTF_8),
                ImportProgress.class);
        long atRow = interrupted.interruptedAtRow();
        assertThat(atRow).as("stopped before the end").isLessThan(ROWS + 2L);
        assertThat(interrupted.rowsRead()).isEqualTo(atRow - 2);
        assertThat(interrupted.accepted() + interrupted.refusedRows()).isEqualTo(atRow - 2);
        // every tenth row says "Perhaps", which the mapping's positions do not have
        assertThat(interrupted.refused()).extracting(ImportProgress.RefusedRow::row)
                .containsExactlyElementsOf(IntStream.range(0, (int) atRow - 2).filter(i -> i % 10 == 0)
                        .mapToObj(i -> i + 2L).toList());

        // nothing half-imported: exactly the accepted rows, those before the row it stopped at, are in Kafka
        Set<String> inKafka = KafkaRecords.all(TestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSES_RECEIVED)
                .stream().filter(record -> record.value() != null) // other tests' erasures
                .map(record -> EventJson.fromBytes(record.value(), ResponseReceived.class))
                .map(response -> response.source() == null ? "" : response.source().platformResponseId())
                .filter(id -> id != null && id.startsWith(ids)).collect(Collectors.toSet());
        assertThat(inKafka).hasSize((int) interrupted.accepted())
                .isEqualTo(IntStream.range(0, (int) atRow - 2).filter(i -> i % 10 != 0).mapToObj(i -> ids + i)
                        .collect(Collectors.toSet()));
        assertThat(export).as("moved away when the import started").doesNotExist();
    }

    private static Path export(String ids) throws Exception {
        Path export = Files.createTempFile("progress-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            out.write("UserID,Ended,Do you agree with our definition?,Please explain your answer\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(ids + i + ",02/04/2018 10:15:00," + (i % 10 == 0 ? "Perhaps" : "Agree")
                        + ",Shared activities bring people together\r\n");
            }
        }
        return export;
    }
}
