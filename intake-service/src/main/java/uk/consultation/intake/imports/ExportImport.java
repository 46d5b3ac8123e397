package uk.consultation.intake.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import uk.consultation.intake.kafka.EventTooLargeException;
import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.receive.FieldError;
import uk.consultation.intake.receive.InvalidSubmissionException;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.intake.receive.Text;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Previews and imports a survey platform's export: each row becomes one response on the channel {@code online},
 * recorded like any other, its identity the platform, the survey and the platform's response id, so importing the
 * same export again, or one that has grown, changes nothing for the rows already in. Rows are read one at a time and
 * at most {@code rowsInFlight} wait for Kafka at once, so an export of any length takes the same memory. An import
 * runs in the background, writing its progress to the {@code imports} topic ({@link ImportLog}) as it goes.
 */
@Service
class ExportImport {

    private static final Logger log = LoggerFactory.getLogger(ExportImport.class);

    /** Enough rows to see which columns hold positions and which respondent types are written how. */
    private static final int PREVIEW_ROWS = 200;
    private static final int MAX_COMMENT_LENGTH = 100_000;
    /** A cell a refusal quotes is cut to this: the reason says which value, not what a respondent wrote. */
    private static final int QUOTED_LENGTH = 40;
    /** Citizen Space's and SmartSurvey's times; Excel's dates come ISO from {@link ExportRows}. */
    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"));

    private final ResponseRecorder recorder;
    private final SavedMappings savedMappings;
    private final ImportLog importLog;
    private final ImportSettings settings;
    private final Clock clock;
    /** Imports are started by staff, a few at a time: one thread each, for as long as it runs. */
    private final ExecutorService importing = Executors.newCachedThreadPool();
    private volatile boolean stopping;

    ExportImport(ResponseRecorder recorder, SavedMappings savedMappings, ImportLog importLog, ImportSettings settings,
            Clock clock) {
        this.recorder = recorder;
        this.savedMappings = savedMappings;
        this.importLog = importLog;
        this.settings = settings;
        this.clock = clock;
    }

    ImportPreview preview(String consultationId, String platformName, Path export) throws IOException {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        ExportPlatform platform = ExportPlatform.fromWireName(platformName).orElseThrow(() -> invalid("platform",
                "Must be citizen-space, smartsurvey or microsoft-forms"));
        List<String> header = new ArrayList<>();
        List<List<String>> firstRows = new ArrayList<>();
        AtomicLong rows = new AtomicLong();
        ExportRows.read(export, (number, cells) -> {
            if (number == 1) {
                header.addAll(ExportRows.columnNames(cells));
            } else {
                rows.incrementAndGet();
                if (firstRows.size() < PREVIEW_ROWS) {
                    firstRows.add(cells);
                }
            }
        });
        var saved = savedMappings.find(consultationId, platform.wireName(), header);
        return new ImportPreview(header, rows.get(), saved.isPresent(), saved.orElseGet(() ->
                MappingSuggestion.suggest(platform, header, firstRows, consultation)));
    }

    /**
     * Checks the mapping against the export's header and the consultation, records the import as running on the
     * {@code imports} topic and imports the rows in the background, answering at once. The file is moved away from
     * {@code export}, so the caller may delete its own, and deleted once imported.
     */
    ImportProgress start(String consultationId, Path export, ImportMapping mapping, String startedBy)
            throws IOException {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        if (ExportPlatform.fromWireName(mapping.platform()).isEmpty()) {
            throw invalid("mapping.platform", "Must be citizen-space, smartsurvey or microsoft-forms");
        }
        Rows rows = new Rows(consultation, mapping);
        ExportRows.read(export, (number, cells) -> {
            rows.locate(cells);
            throw new ExportRows.Stop();
        });
        ImportTracker tracker = new ImportTracker(UUID.randomUUID().toString(), consultationId, mapping, startedBy,
                clock);
        Path file = Files.move(export, Files.createTempFile("import-", ".export"),
                StandardCopyOption.REPLACE_EXISTING);
        ImportProgress running = tracker.running();
        try {
            importLog.write(running);
            importing.execute(() -> importRows(consultationId, file, rows, tracker));
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return running;
    }

    /**
     * On shutdown (SIGTERM), first of all: stops every running import at its next row and waits for each to say where,
     * while Kafka's producer is still open.
     */
    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        stopping = true;
        importing.shutdown();
        importing.awaitTermination(1, TimeUnit.MINUTES);
    }

    private void importRows(String consultationId, Path file, Rows rows, ImportTracker tracker) {
        AtomicLong stoppedAt = new AtomicLong();
        try {
            AtomicLong inFile = new AtomicLong();
            ExportRows.read(file, (number, cells) -> {
                stopAt(number, stoppedAt);
                inFile.set(number - 1);
            });
            if (stoppedAt.get() == 0) {
                tracker.counted(inFile.get());
                publishRows(file, rows, tracker, stoppedAt);
            }
        } catch (IOException | RuntimeException e) {
            long atRow = tracker.rowsRead() + 2;
            log.warn("Import {} stopped at row {} of its export", tracker.importId(), atRow, e);
            writeQuietly(tracker.interrupted(atRow, "The export cannot be read from row " + atRow));
            return;
        } finally {
            deleteQuietly(file);
        }
        ImportProgress end;
        if (stoppedAt.get() > 0) {
            end = tracker.interrupted(stoppedAt.get(), "The intake instance importing it was shut down");
        } else {
            // kept for the survey's next export once it has imported this one; a mapping refused as a whole is not
            try {
                savedMappings.save(consultationId, rows.header(), rows.mapping);
            } catch (KafkaUnavailableException e) {
                // the rows are in; only the next preview will suggest a mapping again
                log.warn("The mapping of this {} export was not kept: Kafka is away", rows.mapping.platform());
            }
            end = tracker.finished();
        }
        log.info("Import {} of {} rows from {} into {} {}: {} accepted, {} refused", end.importId(), end.rowsRead(),
                end.platform(), consultationId, end.state(), end.accepted(), end.refusedRows());
        writeQuietly(end);
    }

    /** Reads the rows, publishing at most {@code rowsInFlight} at once, until the end or a shutdown. */
    private void publishRows(Path file, Rows rows, ImportTracker tracker, AtomicLong stoppedAt) throws IOException {
        ExecutorService publishing = Executors.newFixedThreadPool(settings.rowsInFlight());
        Semaphore inFlight = new Semaphore(settings.rowsInFlight());
        try {
            ExportRows.read(file, (number, cells) -> {
                if (number == 1) {
                    return;
                }
                stopAt(number, stoppedAt);
                tracker.read();
                if (tracker.due(settings.progressEvery())) {
                    writeQuietly(tracker.running());
                }
                Converted row = rows.convert(cells);
                if (row.refusal() != null) {
                    tracker.refused(number, row.refusal());
                    return;
                }
                inFlight.acquireUninterruptibly();
                publishing.execute(() -> {
                    try {
                        recorder.recordImported(row.response(), row.name(), row.email());
                        tracker.accepted();
                    } catch (KafkaUnavailableException | EventTooLargeException e) {
                        // Not in Kafka, so listed: importing the export again adds it.
                        tracker.refused(number, e.getMessage());
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } finally {
            publishing.shutdown();
            awaitQuietly(publishing);
        }
    }

    /** At a row boundary once the instance is shutting down: the rows before are all accepted or refused. */
    private void stopAt(long row, AtomicLong stoppedAt) {
        if (stopping) {
            stoppedAt.set(row);
            throw new ExportRows.Stop();
        }
    }

    /** A snapshot Kafka does not take is followed by the next; the last one missing shows the import interrupted. */
    private void writeQuietly(ImportProgress progress) {
        try {
            importLog.write(progress);
        } catch (KafkaUnavailableException | EventTooLargeException e) {
            log.warn("The progress of import {} was not written: {}", progress.importId(), e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The imported export {} was not deleted", file, e);
        }
    }

    private static void awaitQuietly(ExecutorService publishing) {
        try {
            // each publish ends within the producer's own timeouts, so this waits seconds at most
            publishing.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String quoted(@Nullable String cell) {
        String text = String.valueOf(cell);
        return "\"" + (text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "…" : text) + "\"";
    }

    private static InvalidSubmissionException invalid(String field, String message) {
        return new InvalidSubmissionException(List.of(new FieldError(field, message)));
    }

    /** A row as a response and its contact details, or why it cannot be one. */
    private record Converted(@Nullable ResponseReceived response, @Nullable String name, @Nullable String email,
            @Nullable String refusal) {

        static Converted refused(String reason) {
            return new Converted(null, null, null, reason);
        }
    }

    /** Turns rows into responses through a mapping, once the header row has said where its columns are. */
    private final class Rows {

        private final ConsultationDefinition consultation;
        final ImportMapping mapping;
        private final Map<String, String> positions;
        private final Map<String, Integer> columns = new HashMap<>();
        private List<String> header = List.of();

        Rows(ConsultationDefinition consultation, ImportMapping mapping) {
            this.consultation = consultation;
            this.mapping = mapping;
            this.positions = AnswerText.normalKeys(mapping.positions());
        }

        /** Checks the mapping against the header row and the consultation before any row is imported. */
        void locate(List<String> cells) {
            header = ExportRows.columnNames(cells);
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i), i);
            }
            List<FieldError> errors = new ArrayList<>();
            check(errors, "mapping.responseIdColumn", mapping.responseIdColumn());
            check(errors, "mapping.submittedAtColumn", mapping.submittedAtColumn());
            check(errors, "mapping.respondentTypeColumn", mapping.respondentTypeColumn());
            check(errors, "mapping.organisationColumn", mapping.organisationColumn());
            check(errors, "mapping.nameColumn", mapping.nameColumn());
            check(errors, "mapping.emailColumn", mapping.emailColumn());
            for (ImportMapping.QuestionColumns question : mapping.questions()) {
                String field = "mapping.questions." + question.questionId();
                Question asked = consultation.question(question.questionId()).orElse(null);
                if (asked == null) {
                    errors.add(new FieldError(field, "Not a question of " + consultation.id()));
                } else if (question.positionColumn() != null && !asked.isClosed()) {
                    errors.add(new FieldError(field + ".positionColumn", "Question " + asked.number()
                            + " is open: it takes no position"));
                }
                check(errors, field + ".positionColumn", question.positionColumn());
                check(errors, field + ".commentColumn", question.commentColumn());
            }
            mapping.positions().forEach((text, position) -> {
                if (Position.fromWireName(position).isEmpty()) {
                    errors.add(new FieldError("mapping.positions." + text, "Must be agree, disagree or not_sure"));
                }
            });
            mapping.respondentTypes().forEach((text, type) -> {
                if (RespondentType.fromWireName(type).isEmpty()) {
                    errors.add(new FieldError("mapping.respondentTypes." + text, "Must be individual or organisation"));
                }
            });
            if (!errors.isEmpty()) {
                throw new InvalidSubmissionException(errors);
            }
        }

        List<String> header() {
            return header;
        }

        private void check(List<FieldError> errors, String field, @Nullable String column) {
            if (column != null && !columns.containsKey(column)) {
                errors.add(new FieldError(field, "The export has no column \"" + column + "\""));
            }
        }

        Converted convert(List<String> cells) {
            String responseId = cell(cells, mapping.responseIdColumn());
            if (responseId == null) {
                return Converted.refused("No response id in \"" + mapping.responseIdColumn() + "\"");
            }
            Instant receivedAt;
            try {
                receivedAt = submittedAt(cells);
            } catch (DateTimeParseException e) {
                return Converted.refused(quoted(cell(cells, mapping.submittedAtColumn()))
                        + " is not a date and time");
            }
            RespondentType type = null;
            String typeText = cell(cells, mapping.respondentTypeColumn());
            if (typeText != null) {
                String wireName = mapping.respondentTypes().get(typeText);
                if (wireName == null) {
                    return Converted.refused(quoted(typeText) + " is not a respondent type in the mapping");
                }
                type = RespondentType.fromWireName(wireName).orElseThrow();
            }
            Map<String, ResponseReceived.Answer> answers = new LinkedHashMap<>();
            for (ImportMapping.QuestionColumns columns : mapping.questions()) {
                Question question = consultation.question(columns.questionId()).orElseThrow();
                Position position = null;
                String positionText = cell(cells, columns.positionColumn());
                if (positionText != null) {
                    String wireName = positions.get(AnswerText.normal(positionText));
                    if (wireName == null) {
                        return Converted.refused("Question " + question.number() + ": " + quoted(positionText)
                                + " is not in the position table");
                    }
                    position = Position.fromWireName(wireName).orElseThrow();
                    if (!question.offers(position)) {
                        return Converted.refused("Question " + question.number() + " does not offer " + wireName);
                    }
                }
                String comment = cell(cells, columns.commentColumn());
                if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
                    return Converted.refused("Question " + question.number() + ": the comment is longer than "
                            + MAX_COMMENT_LENGTH + " characters");
                }
                if (position != null || comment != null) {
                    answers.put(question.id(), new ResponseReceived.Answer(position, comment));
                }
            }
            if (answers.isEmpty()) {
                return Converted.refused("No answers to any question in the mapping");
            }
            ResponseIdentity identity = ResponseIdentity.ofTrustedKey(consultation.id(),
                    "import:" + mapping.platform() + ":" + mapping.survey() + ":" + responseId);
            ResponseReceived response = new ResponseReceived(identity.responseId(), consultation.id(),
                    identity.reference(), Channel.ONLINE, receivedAt, consultation.isLate(receivedAt),
                    new ResponseReceived.Respondent(type, cell(cells, mapping.organisationColumn())), answers, null,
                    List.of(), ResponseReceived.Source.imported(mapping.platform(), responseId));
            // Forms writes "anonymous" where an anonymous form has no address
            String email = cell(cells, mapping.emailColumn());
            return new Converted(response, cell(cells, mapping.nameColumn()),
                    email == null || !email.contains("@") ? null : email, null);
        }

        private Instant submittedAt(List<String> cells) {
            String text = cell(cells, mapping.submittedAtColumn());
            if (text == null) {
                return clock.instant();
            }
            DateTimeParseException last = null;
            for (DateTimeFormatter format : TIMES) {
                try {
                    return LocalDateTime.parse(text, format).atZone(consultation.timeZone()).toInstant();
                } catch (DateTimeParseException e) {
                    last = e;
                }
            }
            throw last;
        }

        private @Nullable String cell(List<String> cells, @Nullable String column) {
            if (column == null) {
                return null;
            }
            int index = columns.get(column);
            return index < cells.size() ? Text.blankToNull(cells.get(index)) : null;
        }
    }
}
