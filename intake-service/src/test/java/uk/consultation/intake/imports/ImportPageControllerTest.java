package uk.consultation.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The import page as a browser without JavaScript uses it: each step's form is read from the page before and sent as
 * the browser would send it, through the same preview and import as the API. The publisher is a mock standing in for
 * Kafka.
 */
@WebMvcTest(controllers = ImportPageController.class, properties = {"intake.imports.max-size=10MB",
        "intake.imports.rows-in-flight=4"})
@Import({ExportImport.class, ExportSpool.class, ResponseRecorder.class, ImportControllerTest.FixedClock.class})
@EnableConfigurationProperties(ImportSettings.class)
class ImportPageControllerTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String PAGE = "/consultations/" + CONSULTATION + "/imports";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    EventPublisher publisher;

    @MockitoBean
    KeyClaims keys;

    /** None kept: the preview suggests. */
    @MockitoBean
    SavedMappings savedMappings;

    /** Written to and read from Kafka: ImportProgressTest. */
    @MockitoBean
    ImportLog importLog;

    private RecordedImports imports;

    private final ConcurrentLinkedQueue<ResponseReceived> received = new ConcurrentLinkedQueue<>();
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void kafkaTakesEverything() {
        imports = new RecordedImports(importLog);
        given(catalog.find(CONSULTATION)).willReturn(Optional.of(ConsultationDefinitions.bundled(CONSULTATION)));
        doAnswer(invocation -> {
            if (invocation.getArgument(3) instanceof ResponseReceived response) {
                received.add(response);
            }
            return null;
        }).when(publisher).publish(any(Channel.class), any(), anyString(), any());
    }

    @Test
    @WithMockUser(roles = "TRANSCRIBER")
    void walksFromTheFileThroughTheSuggestedMappingToTheReport() throws Exception {
        Document choose = page(mvc.perform(get(PAGE).session(session)).andExpect(status().isOk()));
        Element upload = choose.selectFirst("form[enctype=multipart/form-data]");
        assertThat(upload.attr("action")).isEqualTo(PAGE + "/preview");
        assertThat(upload.select("input[name=_csrf]")).hasSize(1);
        assertThat(upload.select("input[name=platform]").eachAttr("value"))
                .containsExactly("citizen-space", "smartsurvey", "microsoft-forms");
        assertThat(upload.select("input[type=file][name=export]")).hasSize(1);

        Document mapping = page(preview("citizen-space", "citizen-space.csv", ImportControllerTest.fixture("citizen-space.csv"))
                .andExpect(status().isOk()));
        int rows = ImportControllerTest.expected("citizen-space.csv").get("rows");
        assertThat(mapping.selectFirst("#rows").text()).isEqualTo(String.valueOf(rows));
        assertThat(mapping.selectFirst("#saved").text()).startsWith("Suggested");
        assertThat(selected(mapping, "responseIdColumn")).isEqualTo("Response ID");
        assertThat(selected(mapping, "submittedAtColumn")).isEqualTo("Submitted on");
        assertThat(selected(mapping, "emailColumn")).isEqualTo("What is your email address?");
        assertThat(selected(mapping, "q1-positionColumn")).startsWith("1. We define integrated communities");
        assertThat(selected(mapping, "q1-commentColumn")).isEqualTo("1. Please explain your answer");
        assertThat(mapping.select("#q3-positionColumn")).as("question 3 is open").isEmpty();
        assertThat(mapping.select("#positions tbody tr")).extracting(Element::text).contains("strongly agree agree");
        assertThat(mapping.select("#respondent-types tbody tr")).extracting(Element::text)
                .containsExactlyInAnyOrder("Individual individual", "Organisation organisation");
        HeldExport held = (HeldExport) session.getAttribute(HeldExport.class.getName());
        assertThat(held.file()).exists();

        Document report = followed(send(mapping.selectFirst("form"), Map.of()));
        assertThat(report.selectFirst("h1").text()).isEqualTo("Export imported");
        assertThat(report.select("#import-progress, script[src*=import-progress]")).as("nothing left to follow").isEmpty();
        assertThat(report.selectFirst("#rows-in-file").text()).isEqualTo(String.valueOf(rows));
        assertThat(report.selectFirst("#rows-read").text()).isEqualTo(String.valueOf(rows));
        assertThat(report.selectFirst("#accepted").text()).isEqualTo(String.valueOf(rows));
        assertThat(report.selectFirst("#refused-count").text()).isEqualTo("0");
        assertThat(report.select("#refused")).isEmpty();
        assertThat(received).hasSize(rows);
        assertThat(held.file()).as("deleted once imported").doesNotExist();
        assertThat(session.getAttribute(HeldExport.class.getName())).isNull();

        Document chooseAgain = page(mvc.perform(get(PAGE).session(session)).andExpect(status().isOk()));
        assertThat(chooseAgain.select("#recent tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("citizen-space", "finished"));
    }

    @Test
    @WithMockUser(roles = "TRANSCRIBER")
    void showsARunningImportsCountsForTheScriptToFollowAndAnInterruptedOnesRowToImportAgainFrom() throws Exception {
        ImportProgress running = new ImportProgress("import-1", CONSULTATION, "smartsurvey", "survey", "transcriber",
                ImportProgress.State.RUNNING, Instant.parse("2018-06-01T11:59:00Z"), Instant.parse("2018-06-01T12:00:00Z"),
                50_000L, 1_200, 1_150, 2, List.of(new ImportProgress.RefusedRow(7, "No response id in \"UserID\"")),
                null, null);
        importLog.write(running);

        Document page = page(mvc.perform(get(PAGE + "/import-1").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Importing the export");
        assertThat(page.selectFirst("#import-progress").attr("data-progress-url")).isEqualTo(PAGE + "/import-1");
        assertThat(page.selectFirst("progress#progress-bar").attr("max")).isEqualTo("50000");
        assertThat(page.selectFirst("progress#progress-bar").attr("value")).isEqualTo("1200");
        assertThat(page.selectFirst("#progress-status").attr("aria-live")).isEqualTo("polite");
        assertThat(page.selectFirst("#progress-status").text()).isEqualTo("1200 of 50000 rows read.");
        assertThat(page.select("script[src$=/scripts/import-progress.js]")).hasSize(1);
        assertThat(page.select("#refused tbody tr")).extracting(Element::text)
                .containsExactly("7 No response id in \"UserID\"");
        mvc.perform(get(PAGE + "/import-1").session(session).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("running"))
                .andExpect(jsonPath("$.rowsRead").value(1_200));

        importLog.write(new ImportProgress("import-1", CONSULTATION, "smartsurvey", "survey", "transcriber",
                ImportProgress.State.INTERRUPTED, running.startedAt(), running.updatedAt(), 50_000L, 1_300, 1_250, 2,
                running.refused(), 1_302L, "The intake instance importing it was shut down"));
        Document interrupted = page(mvc.perform(get(PAGE + "/import-1").session(session)
                .accept(MediaType.TEXT_HTML)).andExpect(status().isOk()));
        assertThat(interrupted.selectFirst("h1").text()).isEqualTo("Import interrupted");
        assertThat(interrupted.selectFirst(".govuk-warning-text").text())
                .contains("The intake instance importing it was shut down at row 1302.",
                        "Import the same export again", "only the missing ones are added");
        assertThat(interrupted.select("script[src$=/scripts/import-progress.js]")).isEmpty();

        mvc.perform(get(PAGE + "/import-2").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void importsWithTheColumnsChosenAndListsEachRefusedRowWithItsReason() throws Exception {
        byte[] export = String.join("\r\n",
                "Response ID,Submitted on,1. Do you agree with our definition?",
                "ANON-1,2018-04-01 10:00:00,Yes",
                "ANON-2,2018-04-01 10:05:00,Perhaps",
                ",2018-04-01 10:06:00,No").getBytes(StandardCharsets.UTF_8);
        Document mapping = page(preview("citizen-space", "test.csv", export).andExpect(status().isOk()));
        assertThat(selected(mapping, "q1-positionColumn")).as("\"Perhaps\" is no position").isEmpty();

        Document report = followed(send(mapping.selectFirst("form"), Map.of(
                "questions[q1].positionColumn", "1. Do you agree with our definition?",
                "questions[q1].commentColumn", "")));
        assertThat(report.selectFirst("#rows-read").text()).isEqualTo("3");
        assertThat(report.selectFirst("#accepted").text()).isEqualTo("1");
        assertThat(report.select("#refused tbody tr")).extracting(Element::text).containsExactly(
                "3 Question 1: \"Perhaps\" is not in the position table", "4 No response id in \"Response ID\"");
        assertThat(received).singleElement()
                .satisfies(response -> assertThat(response.source().platformResponseId()).isEqualTo("ANON-1"));
    }

    @Test
    @WithMockUser(roles = "TRANSCRIBER")
    void showsWhatIsMissingInTheErrorSummaryLinkedToItsField() throws Exception {
        Document choose = page(mvc.perform(multipart(PAGE + "/preview").session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(choose.title()).startsWith("Error: ");
        assertThat(choose.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#platform", "#export");
        assertThat(choose.selectFirst("#export-error").text()).contains("Select the export file");

        Document tooLarge = page(preview("citizen-space", "large.csv", new byte[10 * 1024 * 1024 + 1])
                .andExpect(status().isUnprocessableContent()));
        assertThat(tooLarge.selectFirst("#export-error").text()).contains("Must be at most 10 MB");
        assertThat(tooLarge.selectFirst("#platform").hasAttr("checked")).as("the platform chosen, kept").isTrue();

        Document mapping = page(preview("smartsurvey", "test.csv",
                "UserID,Q1\r\nANON-1,Yes\r\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk()));
        Document again = page(send(mapping.selectFirst("form"), Map.of("responseIdColumn", ""))
                .andExpect(status().isUnprocessableContent()));
        assertThat(again.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#responseIdColumn");
        assertThat(received).isEmpty();

        // the file is held for the latest preview only
        Element stale = mapping.selectFirst("form");
        preview("smartsurvey", "test.csv", "UserID,Q1\r\nANON-2,No\r\n".getBytes(StandardCharsets.UTF_8));
        Document expired = page(send(stale, Map.of()).andExpect(status().isUnprocessableContent()));
        assertThat(expired.selectFirst(".govuk-error-summary").text()).contains("no longer held");
        assertThat(received).isEmpty();
    }

    @Test
    void sendsAnyoneNotSignedInToSignIn() throws Exception {
        mvc.perform(get(PAGE).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void refusesStaffWhoDoNotImport() throws Exception {
        mvc.perform(get(PAGE).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        preview("citizen-space", "citizen-space.csv", ImportControllerTest.fixture("citizen-space.csv")).andExpect(status().isForbidden());
    }

    private ResultActions preview(String platform, String name, byte[] export) throws Exception {
        return mvc.perform(multipart(PAGE + "/preview").session(session).with(csrf()).param("platform", platform)
                .file(new MockMultipartFile("export", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, export)));
    }

    /** The form as a browser sends it: its hidden fields and each select's selected option, with these changed. */
    private ResultActions send(Element form, Map<String, String> changed) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        form.select("select").forEach(select -> {
            Element option = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), option == null ? "" : option.val());
        });
        assertThat(fields).containsKeys("_csrf", "token");
        assertThat(fields.keySet()).as("the fields changed are the form's").containsAll(changed.keySet());
        fields.putAll(changed);
        fields.remove("_csrf");
        MockHttpServletRequestBuilder request = post(form.attr("action")).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** The import's page the form redirects to, once the import has ended. */
    private Document followed(ResultActions sent) throws Exception {
        String location = sent.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        imports.awaitEnd(location.substring(location.lastIndexOf('/') + 1));
        return page(mvc.perform(get(location).session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()));
    }

    private static String selected(Document page, String id) {
        Element option = page.getElementById(id).selectFirst("option[selected]");
        return option == null ? "" : option.val();
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
