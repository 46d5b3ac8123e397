package uk.consultation.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import uk.consultation.testsupport.TestInfrastructure;

/** The backlog's trend from samples kept in the store, as every reporting instance sees them. */
class BacklogSamplesTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private MongoClient client;
    private MongoDatabase database;
    private BacklogSamples samples;

    @BeforeEach
    void openDatabase() {
        String name = "reporting-samples-" + UUID.randomUUID();
        client = MongoClients.create(TestInfrastructure.mongoUri(name));
        database = client.getDatabase(name);
        samples = samples(database);
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
        client.close();
    }

    @Test
    void aShrinkingBacklogSaysHowFastAndHowLongUntilCaughtUp() {
        assertThat(samples.sample(1000, START).direction()).isEqualTo("unknown");
        samples.sample(900, START.plusSeconds(10));
        // Another instance, reading the operations figures at the same time.
        BacklogTrend trend = samples(database).sample(800, START.plusSeconds(20));

        assertThat(trend).isEqualTo(new BacklogTrend(800, "shrinking", 10.0, 80L));
    }

    @Test
    void aGrowingBacklogSaysHowFast() {
        samples.sample(100, START);
        samples.sample(150, START.plusSeconds(10));

        assertThat(samples.sample(200, START.plusSeconds(20))).isEqualTo(new BacklogTrend(200, "growing", 5.0, null));
    }

    @Test
    void aSecondSampleInOnePeriodReplacesTheFirstAndOldSamplesAreTrimmed() {
        samples.sample(5000, START);
        samples.sample(100, START.plusSeconds(3 * 60));
        samples.sample(100, START.plusSeconds(3 * 60 + 10));

        // The first sample is older than the trend's span: only the two at 100 remain, then one of them is replaced.
        assertThat(samples.sample(100, START.plusSeconds(3 * 60 + 15))).isEqualTo(new BacklogTrend(100, "steady", 0.0,
                null));
        assertThat(database.getCollection(BacklogSamples.COLLECTION).countDocuments()).isEqualTo(2);
    }

    private static BacklogSamples samples(MongoDatabase database) {
        return new BacklogSamples(database, new OperationsSettings(Map.of(), Duration.ofSeconds(5), 100,
                Duration.ofSeconds(10), Duration.ofMinutes(2)));
    }
}
