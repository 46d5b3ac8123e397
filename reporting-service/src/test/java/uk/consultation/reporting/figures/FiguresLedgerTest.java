package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.consultation.reporting.figures.Codings.CONSULTATION;
import static uk.consultation.reporting.figures.Codings.answer;
import static uk.consultation.reporting.figures.Codings.coding;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import uk.consultation.reporting.figures.FiguresLedger.Outcome;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.testsupport.TestInfrastructure;

/** The exactly-once bookkeeping against the real store (mongo-java-server, or MongoDB where Docker runs). */
class FiguresLedgerTest {

    private MongoClient client;
    private MongoDatabase database;
    private FiguresGenerations generations;
    private FiguresLedger ledger;
    private FiguresQuery query;

    @BeforeEach
    void openDatabase() {
        String name = "reporting-ledger-" + UUID.randomUUID();
        client = MongoClients.create(TestInfrastructure.mongoUri(name));
        database = client.getDatabase(name);
        generations = new FiguresGenerations(database);
        ledger = new FiguresLedger(generations::live);
        query = new FiguresQuery(generations);
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
        client.close();
    }

    @Test
    void aRedeliveredRecordIsNotCountedAgain() {
        ResponseCoded coding = agreeing("r1", 1);

        assertThat(record(coding, 0, 5)).isEqualTo(Outcome.APPLIED);
        assertThat(record(coding, 0, 5)).isEqualTo(Outcome.ALREADY_APPLIED);

        assertThat(counts()).isEqualTo(ones(contribution(coding)));
    }

    @Test
    void aNewCodingRetractsTheResponsesEarlierContribution() {
        record(agreeing("r1", 1), 0, 1);
        record(agreeing("r2", 1), 0, 2);

        assertThat(record(disagreeing("r1", 2), 0, 3)).isEqualTo(Outcome.APPLIED);

        assertThat(counts()).containsEntry("responses", 2L)
                .containsEntry("questions.q1.individual.agree", 1L)
                .containsEntry("questions.q1.individual.disagree", 1L)
                .containsEntry("questions.q1.individual.responses", 2L);
    }

    @Test
    void anOlderCodingArrivingLaterIsSkipped() {
        record(disagreeing("r1", 2), 0, 1);

        assertThat(record(agreeing("r1", 1), 0, 2)).isEqualTo(Outcome.SUPERSEDED);

        assertThat(counts()).isEqualTo(ones(contribution(disagreeing("r1", 2))));
    }

    @Test
    void replayingFromTheBeginningChangesNothing() {
        record(agreeing("r1", 1), 0, 1);
        record(disagreeing("r1", 2), 0, 2);
        Map<String, Long> before = counts();

        assertThat(record(agreeing("r1", 1), 0, 1)).isEqualTo(Outcome.SUPERSEDED);
        assertThat(record(disagreeing("r1", 2), 0, 2)).isEqualTo(Outcome.ALREADY_APPLIED);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aReplayAfterACrashBetweenTheTwoWritesFinishesTheJobOnce() {
        record(agreeing("r1", 1), 0, 1);
        MongoCollection<Document> figures = generations.live().figures();
        Document beforeCrash = figures.find().first();
        record(disagreeing("r1", 2), 0, 2);
        // Put back the figures as they were: the contribution was written, the figures update was lost.
        figures.replaceOne(eq("_id", beforeCrash.get("_id")), beforeCrash);

        assertThat(record(disagreeing("r1", 2), 0, 2)).isEqualTo(Outcome.APPLIED);

        assertThat(counts()).isEqualTo(ones(contribution(disagreeing("r1", 2))));
    }

    @Test
    void remembersTheLastOffsetAppliedInEachPartition() {
        record(agreeing("r1", 1), 0, 4);
        record(agreeing("r2", 1), 0, 7);
        record(agreeing("r3", 1), 2, 3);
        apply(new FiguresLedger.Coded(Codings.forConsultation("another-consultation", agreeing("r4", 1)),
                Codings.consultation("another-consultation"), 2, 9));

        assertThat(ledger.appliedOffsets()).containsExactlyInAnyOrderEntriesOf(Map.of(0, 7L, 2, 9L));
        assertThat(query.totals(CONSULTATION.id(), Selection.ALL).count("responses")).isEqualTo(3);
    }

    @Test
    void aCodingThatMovesAResponseToAnotherConsultationIsUnusable() {
        record(agreeing("r1", 1), 0, 1);
        ResponseCoded moved = Codings.forConsultation("another-consultation", agreeing("r1", 2));

        assertThatThrownBy(() -> apply(new FiguresLedger.Coded(moved, Codings.consultation("another-consultation"),
                0, 2))).isInstanceOf(UnusableCodingException.class);
    }

    @Test
    void figuresCanBeNarrowedToChannelsDaysReceivedAndARespondentType() {
        record(Codings.receivedAt(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.AGREE, null))), Instant.parse("2018-04-30T22:30:00Z")), 0, 1);
        // Half past midnight on 1 May in London, where the consultation ran: counted on 1 May.
        record(Codings.receivedAt(coding("r2", 1, RespondentType.ORGANISATION, Channel.EMAIL, false,
                Map.of("q1", answer(Position.DISAGREE, null))), Instant.parse("2018-04-30T23:30:00Z")), 1, 1);
        record(Codings.receivedAt(coding("r3", 1, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", answer(Position.NOT_SURE, null))), Instant.parse("2018-05-02T09:00:00Z")), 0, 2);

        assertThat(selected(null, "email", null, null).count("responses")).isEqualTo(1);
        assertThat(selected(null, "online,letter", null, null).count("questions.q1.individual.responses")).isEqualTo(2);
        assertThat(selected(null, null, "2018-05-01", null).count("responses")).isEqualTo(2);
        assertThat(selected(null, null, null, "2018-04-30").count("questions.q1.individual.agree")).isEqualTo(1);
        assertThat(selected(null, null, "2018-05-01", "2018-05-01").count("channel.email")).isEqualTo(1);
        Totals organisations = selected("organisation", null, null, null);
        assertThat(organisations.count("responses")).isEqualTo(1);
        assertThat(organisations.count("questions.q1.organisation.disagree")).isEqualTo(1);
        assertThat(organisations.count("questions.q1.individual.responses")).isZero();
        Totals individuals = selected("individual", null, "2018-05-01", null);
        assertThat(individuals.count("responses")).isEqualTo(1);
        assertThat(individuals.count("channel.letter")).isEqualTo(1);
        assertThat(individuals.count("channel.email")).isZero();
    }

    @Test
    void figuresCanBeNarrowedToImportSourcesAsToChannels() {
        record(Codings.importedFrom(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.AGREE, null))), "citizen-space"), 0, 1);
        record(Codings.importedFrom(coding("r2", 1, RespondentType.ORGANISATION, Channel.ONLINE, false,
                Map.of("q1", answer(Position.DISAGREE, null))), "smartsurvey"), 1, 1);
        record(coding("r3", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.NOT_SURE, null))), 0, 2);
        // the same coding again changes nothing
        record(Codings.importedFrom(coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.AGREE, null))), "citizen-space"), 0, 1);

        assertThat(fromSources("citizen-space").count("responses")).isEqualTo(1);
        assertThat(fromSources("citizen-space").count("questions.q1.individual.agree")).isEqualTo(1);
        assertThat(fromSources("smartsurvey,direct").count("responses")).isEqualTo(2);
        assertThat(fromSources("direct").count("questions.q1.individual.not_sure")).isEqualTo(1);
        assertThat(fromSources("microsoft-forms").count("responses")).isZero();
        assertThat(fromSources(null).count("channel.online")).isEqualTo(3);
        assertThatThrownBy(() -> fromSources("surveymonkey")).hasMessageContaining("surveymonkey");
    }

    @Test
    void aCodingThatMovesAResponseToAnotherImportSourceIsUnusable() {
        record(agreeing("r1", 1), 0, 1);

        assertThatThrownBy(() -> record(Codings.importedFrom(agreeing("r1", 2), "smartsurvey"), 0, 2))
                .isInstanceOf(UnusableCodingException.class);
    }

    @Test
    void aCodingThatMovesAResponseToAnotherChannelIsUnusable() {
        record(agreeing("r1", 1), 0, 1);
        ResponseCoded moved = coding("r1", 2, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", answer(Position.AGREE, null)));

        assertThatThrownBy(() -> record(moved, 0, 2)).isInstanceOf(UnusableCodingException.class);
    }

    @Test
    void keepsAFewQuotesPerThemeOnceEachAndDropsThoseOfARetractedCoding() {
        for (int i = 1; i <= 4; i++) {
            record(quoting("r" + i, 1, "Integration works both ways, says respondent " + i + "."), 0, i);
        }
        record(quoting("r1", 1, "Integration works both ways, says respondent 1."), 0, 1);

        assertThat(quotes()).containsExactly("Integration works both ways, says respondent 1.",
                "Integration works both ways, says respondent 2.", "Integration works both ways, says respondent 3.");

        // Respondent 2's answer is recoded without the theme; respondent 5's is the next to offer one.
        record(agreeing("r2", 2), 0, 5);
        assertThat(quotes()).containsExactly("Integration works both ways, says respondent 1.",
                "Integration works both ways, says respondent 3.");
        record(quoting("r5", 1, "Integration works both ways, says respondent 5."), 0, 6);
        assertThat(quotes()).containsExactly("Integration works both ways, says respondent 1.",
                "Integration works both ways, says respondent 3.", "Integration works both ways, says respondent 5.");
    }

    @Test
    void anErasedCodingKeepsEveryCountAndTakesItsQuotesAway() {
        ResponseCoded quoted = coding("r1", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false, Map.of(
                "q1", Codings.evidenced(Position.AGREE, "q1-two-way-street", "Integration works both ways."),
                "q3", answer(null, "Our community hubs bring people together.", "q3-local-community-projects")));
        record(quoted, 0, 1);
        record(quoting("r2", 1, "Integration works both ways, says respondent 2."), 0, 2);
        Map<String, Long> before = counts();

        assertThat(record(quoted.erased(Instant.parse("2020-01-01T00:00:00Z")), 0, 3)).isEqualTo(Outcome.APPLIED);

        assertThat(counts()).isEqualTo(before).containsEntry("questions.q3.responses", 1L);
        assertThat(quotes()).containsExactly("Integration works both ways, says respondent 2.");
    }

    @Test
    void aBatchWithTwoCodingsOfOneResponseFoldsThroughTheEarlierOne() {
        List<Outcome> outcomes = apply(coded(agreeing("r1", 1), 0, 1), coded(agreeing("r2", 1), 0, 2),
                coded(disagreeing("r1", 2), 0, 3));

        assertThat(outcomes).containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED);
        assertThat(counts()).isEqualTo(sum(disagreeing("r1", 2), agreeing("r2", 1)));
        // The same poll again: the first coding is superseded, the rest are in the figures already.
        assertThat(apply(coded(agreeing("r1", 1), 0, 1), coded(agreeing("r2", 1), 0, 2),
                coded(disagreeing("r1", 2), 0, 3)))
                .containsExactly(Outcome.SUPERSEDED, Outcome.ALREADY_APPLIED, Outcome.ALREADY_APPLIED);
        assertThat(counts()).isEqualTo(sum(disagreeing("r1", 2), agreeing("r2", 1)));
    }

    @Test
    void aRedeliveredBatchOverlappingAHalfAppliedOneGivesExactFigures() {
        apply(coded(agreeing("r1", 1), 0, 1), coded(emailed("r2"), 0, 2));
        MongoCollection<Document> figures = generations.live().figures();
        Document emailCell = figures.find(eq("channel", "email")).first();
        Document progress = generations.live().progress().find().first();
        apply(coded(disagreeing("r1", 2), 0, 3), coded(emailed("r3"), 0, 4), coded(agreeing("r4", 1), 0, 5));
        // A crash after the online cell's update and before the email cell's and the progress: the online cell is
        // ahead, the email one behind, and every contribution is written.
        figures.replaceOne(eq("_id", emailCell.get("_id")), emailCell);
        generations.live().progress().replaceOne(eq("_id", progress.get("_id")), progress);
        assertThat(ledger.appliedOffsets()).containsExactly(Map.entry(0, 2L));

        // Delivered again from there, cut differently, and overlapping what came before.
        assertThat(apply(coded(emailed("r2"), 0, 2), coded(disagreeing("r1", 2), 0, 3)))
                .containsExactly(Outcome.ALREADY_APPLIED, Outcome.ALREADY_APPLIED);
        assertThat(apply(coded(emailed("r3"), 0, 4), coded(agreeing("r4", 1), 0, 5)))
                .containsExactly(Outcome.APPLIED, Outcome.ALREADY_APPLIED);

        assertThat(counts()).isEqualTo(sum(disagreeing("r1", 2), emailed("r2"), emailed("r3"), agreeing("r4", 1)));
        assertThat(ledger.appliedOffsets()).containsExactly(Map.entry(0, 5L));
    }

    /**
     * Another writer moving a cell between this batch's read and its write happens only with two instances on one
     * partition (one not yet aware of a rebalance) or a rebuild switching over, which a test cannot time: the store
     * here lets a rival apply the batch's first record just before the cells are written.
     */
    @Test
    void aCellUpdateThatLosesARaceIsReadAgainAndDoneAgain() {
        record(agreeing("r0", 1), 0, 0);
        FiguresLedger rival = new FiguresLedger(generations::live);
        boolean[] raced = {false};
        FiguresLedger racing = racing(FiguresStore.FIGURES, () -> {
            raced[0] = true;
            rival.apply(List.of(coded(agreeing("r1", 1), 0, 1)));
        });

        FiguresLedger.Applied applied = racing.apply(List.of(coded(agreeing("r1", 1), 0, 1),
                coded(disagreeing("r2", 1), 0, 2)));

        assertThat(raced[0]).isTrue();
        assertThat(applied.outcomes()).containsExactly(Outcome.ALREADY_APPLIED, Outcome.APPLIED);
        assertThat(counts()).isEqualTo(sum(agreeing("r0", 1), agreeing("r1", 1), disagreeing("r2", 1)));
    }

    /** The same kind of race, on the contributions: a rival a record further on is never put back. */
    @Test
    void aContributionARivalWroteSinceItWasReadIsNotOverwritten() {
        record(agreeing("r1", 1), 0, 1);
        FiguresLedger rival = new FiguresLedger(generations::live);
        FiguresLedger racing = racing(FiguresStore.CONTRIBUTIONS, () -> rival.apply(List.of(
                coded(disagreeing("r1", 2), 0, 2), coded(agreeing("r1", 3), 0, 3))));

        assertThat(racing.apply(List.of(coded(disagreeing("r1", 2), 0, 2))).outcomes())
                .containsExactly(Outcome.SUPERSEDED);
        // The next coding retracts what the figures hold for the response, the rival's.
        record(disagreeing("r1", 4), 0, 4);

        assertThat(counts()).isEqualTo(sum(disagreeing("r1", 4)));
    }

    /** A rival creating the response's contribution and its cell first: this batch's inserts lose, and it reads again. */
    @Test
    void aResponseAndCellARivalCreatedSinceTheyWereReadAreCountedOnce() {
        FiguresLedger rival = new FiguresLedger(generations::live);
        FiguresLedger racing = racing(FiguresStore.CONTRIBUTIONS, () -> rival.apply(List.of(
                coded(agreeing("r1", 1), 0, 1))));

        assertThat(racing.apply(List.of(coded(agreeing("r1", 1), 0, 1), coded(disagreeing("r2", 1), 0, 2)))
                .outcomes()).containsExactly(Outcome.ALREADY_APPLIED, Outcome.APPLIED);

        assertThat(counts()).isEqualTo(sum(agreeing("r1", 1), disagreeing("r2", 1)));
    }

    /** Documents written before the guard field existed are still found, and guarded from then on. */
    @Test
    void contributionsAndCellsWrittenBeforeGuardsAreRetractedExactlyOnce() {
        record(agreeing("r1", 1), 0, 1);
        record(agreeing("r2", 1), 0, 2);
        generations.live().contributions().updateMany(new Document(), Updates.unset(FiguresStore.GUARD));
        generations.live().figures().updateMany(new Document(), Updates.unset(FiguresStore.GUARD));

        assertThat(record(disagreeing("r1", 2), 0, 3)).isEqualTo(Outcome.APPLIED);
        assertThat(record(disagreeing("r1", 2), 0, 3)).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(record(disagreeing("r2", 2), 0, 4)).isEqualTo(Outcome.APPLIED);

        assertThat(counts()).isEqualTo(sum(disagreeing("r1", 2), disagreeing("r2", 2)));
        assertThat(generations.live().contributions().find(eq(FiguresStore.GUARD, "0/3")).first().getString("_id"))
                .isEqualTo("r1");
    }

    /**
     * Another writer changing a document between a batch's read and its write happens only with two instances on one
     * partition (one not yet aware of a rebalance) or a rebuild switching over, which a test cannot time: this ledger's
     * store lets a rival write just before the batch's first bulk write to the named collection.
     */
    private FiguresLedger racing(String collection, Runnable rival) {
        FiguresStore store = generations.live();
        MongoCollection<Document> real = collection.equals(FiguresStore.FIGURES) ? store.figures()
                : store.contributions();
        boolean[] raced = {false};
        @SuppressWarnings("unchecked")
        MongoCollection<Document> racing = (MongoCollection<Document>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {MongoCollection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("bulkWrite") && !raced[0]) {
                        raced[0] = true;
                        rival.run();
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new FiguresLedger(() -> new FiguresStore(store.generation(),
                collection.equals(FiguresStore.CONTRIBUTIONS) ? racing : store.contributions(),
                collection.equals(FiguresStore.FIGURES) ? racing : store.figures(),
                store.campaigns(), store.quotes(), store.progress()));
    }

    @Test
    void anUnusableRecordInABatchStopsItThereAfterApplyingTheRecordsBefore() {
        record(agreeing("r1", 1), 0, 1);
        ResponseCoded moved = coding("r1", 2, RespondentType.INDIVIDUAL, Channel.LETTER, false,
                Map.of("q1", answer(Position.AGREE, null)));

        FiguresLedger.Applied applied = ledger.apply(List.of(coded(agreeing("r2", 1), 0, 2), coded(moved, 0, 3),
                coded(agreeing("r3", 1), 0, 4)));

        assertThat(applied.outcomes()).containsExactly(Outcome.APPLIED);
        assertThat(applied.unusable()).isInstanceOf(UnusableCodingException.class);
        assertThat(counts()).isEqualTo(sum(agreeing("r1", 1), agreeing("r2", 1)));
        assertThat(ledger.appliedOffsets()).containsExactly(Map.entry(0, 2L));
    }

    private List<String> quotes() {
        return query.quotes(CONSULTATION.id(), "q1", "q1-two-way-street");
    }

    private static ResponseCoded quoting(String responseId, int version, String evidence) {
        return coding(responseId, version, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", Codings.evidenced(Position.AGREE, "q1-two-way-street", evidence)));
    }

    private Totals selected(String respondentType, String channel, String from, String to) {
        Selection selection = new FiguresParameters(null, null, respondentType, channel, null, from, to).selection();
        return selection.apply(query.totals(CONSULTATION.id(), selection));
    }

    private Totals fromSources(String source) {
        Selection selection = new FiguresParameters(null, null, null, null, source, null, null).selection();
        return selection.apply(query.totals(CONSULTATION.id(), selection));
    }

    private Outcome record(ResponseCoded coding, int partition, long offset) {
        return apply(new FiguresLedger.Coded(coding, CONSULTATION, partition, offset)).get(0);
    }

    /** A batch, as a poll brings it; an unusable record is thrown, as the listener names it to the error handler. */
    private List<Outcome> apply(FiguresLedger.Coded... batch) {
        FiguresLedger.Applied applied = ledger.apply(List.of(batch));
        if (applied.unusable() != null) {
            throw applied.unusable();
        }
        return applied.outcomes();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>(query.totals(CONSULTATION.id(), Selection.ALL).counts());
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private static FiguresLedger.Coded coded(ResponseCoded coding, int partition, long offset) {
        return new FiguresLedger.Coded(coding, CONSULTATION, partition, offset);
    }

    /** The figures of these codings counted from scratch. */
    private static Map<String, Long> sum(ResponseCoded... codings) {
        return new TreeMap<>(Recount.counters(List.of(codings), CONSULTATION));
    }

    private static Contribution contribution(ResponseCoded coding) {
        return Contribution.of(coding, CONSULTATION);
    }

    private static Map<String, Long> ones(Contribution contribution) {
        Map<String, Long> ones = new TreeMap<>();
        contribution.counters().forEach(counter -> ones.put(counter, 1L));
        return ones;
    }

    private static ResponseCoded agreeing(String responseId, int version) {
        return coding(responseId, version, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.AGREE, null, "q1-shared-opportunities")));
    }

    private static ResponseCoded emailed(String responseId) {
        return coding(responseId, 1, RespondentType.ORGANISATION, Channel.EMAIL, false,
                Map.of("q1", answer(Position.NOT_SURE, null, "q1-two-way-street")));
    }

    private static ResponseCoded disagreeing(String responseId, int version) {
        return coding(responseId, version, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.DISAGREE, null, "q1-two-way-street")));
    }
}
