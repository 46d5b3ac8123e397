package uk.consultation.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.utils.Utils;

import uk.consultation.localstack.EmbeddedKafka;
import uk.consultation.localstack.FreePorts;
import uk.consultation.localstack.ServiceProcess;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;

/**
 * Imports one generated export of many rows (Citizen Space's layout, 50,000 by default) into intake-service started
 * from its jar with a small fixed heap, against a real broker, and prints how long it took and the most heap intake
 * used meanwhile (its {@code jvm_memory_used_bytes} for the heap, read from Prometheus every 200 ms). Start it with
 * {@code bench/imports.sh} from the project root; the row count is the only argument.
 */
public final class ImportBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String HEAP = "-Xmx256m";
    private static final String PASSWORD = "bench";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");
    private static final Pattern ROWS_READ = Pattern.compile("\"rowsRead\":(\\d+)");
    private static final String[] COMMENTS = {
        "People need real chances to meet and work together, in schools, workplaces and the places they live.",
        "Local councils know their areas best and should lead, with funding that lasts longer than a year or two.",
        "English classes are the single most useful thing; waiting lists in our town are over a year long.",
        "It ignores the poverty that keeps people apart, and the housing that separates one street from the next.",
    };

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path work = Files.createTempDirectory("import-bench");
        Path export = work.resolve("export.csv");
        write(export, rows, ConsultationDefinitions.bundled(CONSULTATION));
        System.out.printf("Generated %,d rows, %,d bytes%n", rows, Files.size(export));
        Path jar = ServiceProcess.jar(Path.of("").toAbsolutePath(), "intake-service");
        try (EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("kafka"), 0, 0);
                ServiceProcess intake = ServiceProcess.start("intake-service", jar, FreePorts.find(), Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                        "CONSULTATION_ACCESS_USERS_TRANSCRIBER_PASSWORD", PASSWORD,
                        "CONSULTATION_ACCESS_USERS_OPERATOR_PASSWORD", PASSWORD), work.resolve("logs"),
                        List.of(HEAP))) {
            intake.awaitReady(Duration.ofMinutes(3));
            String imports = intake.baseUrl() + "/api/v1/consultations/" + CONSULTATION + "/imports";
            String preview = post(imports + "/preview", List.of(field("platform", "citizen-space")), export, null);
            String mapping = preview.substring(preview.indexOf("\"mapping\":") + "\"mapping\":".length(),
                    preview.length() - 1);
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> sample(intake.baseUrl(), peak));
            sampler.setDaemon(true);
            sampler.start();
            long started = System.nanoTime();
            String report = follow(intake.baseUrl() + post(imports, List.of(), export, mapping));
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            System.out.println(report.length() > 300 ? report.substring(0, 300) + "…" : report);
            System.out.printf("%,d rows imported in %.1f s (%,.0f rows/s); intake %s, heap used at most %,d MB%n",
                    rows, seconds, rows / seconds, HEAP, peak.get() / (1024 * 1024));
        }
        Utils.delete(work.toFile());
    }

    /** Citizen Space's layout: the metadata block, the respondent's questions, then each question's parts. */
    private static void write(Path export, int rows, ConsultationDefinition consultation) throws IOException {
        Random random = new Random(17);
        String[] choices = {"Yes", "No", "Not sure", ""};
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime opens = consultation.opens();
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("Response ID", "Submitted on",
                    "Are you responding as an individual or on behalf of an organisation?"));
            for (Question question : consultation.questions()) {
                header.add(question.number() + ". " + question.text());
                if (question.isClosed()) {
                    header.add(question.number() + ". Please explain your answer");
                }
            }
            out.write(csv(header));
            for (int row = 0; row < rows; row++) {
                List<String> cells = new ArrayList<>(List.of(String.format("ANON-%08X-%d", row, row % 10),
                        opens.plusSeconds(random.nextInt(60 * 60 * 24 * 80)).format(time),
                        random.nextInt(10) == 0 ? "Organisation" : "Individual"));
                for (Question question : consultation.questions()) {
                    if (question.isClosed()) {
                        cells.add(choices[random.nextInt(choices.length)]);
                    }
                    cells.add(random.nextInt(3) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : "");
                }
                out.write(csv(cells));
            }
        }
    }

    private static String csv(List<String> cells) {
        return String.join(",", cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList())
                + "\r\n";
    }

    private static String field(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
    }

    /**
     * A multipart request streaming the export from its file, with the mapping as a JSON part if given: the answer's
     * body, or for an import started (202) the path of its progress.
     */
    private static String post(String url, List<String> fields, Path export, String mapping)
            throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach(field -> head.append("--").append(boundary).append("\r\n").append(field).append("\r\n"));
        if (mapping != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"mapping\"\r\n")
                    .append("Content-Type: application/json\r\n\r\n").append(mapping).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"export\"; ")
                .append("filename=\"export.csv\"\r\nContent-Type: text/csv\r\n\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic("transcriber"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head.toString()),
                        HttpRequest.BodyPublishers.ofFile(export),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 202) {
            return response.headers().firstValue("Location").orElseThrow();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The import's progress, printed every second as staff see it, until it has ended: then its report. */
    private static String follow(String progress) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(progress))
                .header("Authorization", basic("transcriber")).build();
        while (true) {
            String answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = STATE.matcher(answer);
            if (state.find() && !state.group(1).equals("running")) {
                return answer;
            }
            Matcher read = ROWS_READ.matcher(answer);
            System.out.println("running: " + (read.find() ? read.group(1) : "?") + " rows read");
            Thread.sleep(1000);
        }
    }

    private static void sample(String intake, AtomicLong peak) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(intake + "/actuator/prometheus"))
                .header("Authorization", basic("operator")).build();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Matcher used = HEAP_USED.matcher(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
                long heap = 0;
                while (used.find()) {
                    heap += (long) Double.parseDouble(used.group(1));
                }
                peak.accumulateAndGet(heap, Math::max);
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // a missed sample; the next one counts
            }
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
