package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * The surge of issue 15: 20,000 responses whose comments reuse a handful of sentences, each three of eight in any
 * order, so that near-duplicates chain. Before, {@code responses-coded} held 44 records per response; the target is at
 * most 1.1. Prints how fast the campaign step went (RocksDB stores, as deployed), for information only.
 */
class CampaignSurgeTest {

    private static final int RESPONSES = 20_000;
    private static final Instant MAY = Instant.parse("2018-05-01T09:00:00Z");
    private static final List<String> SENTENCES = List.of(
            "The proposals on English language classes do not go far enough for older residents in our town.",
            "Integration cannot be imposed from Whitehall and local councils know their neighbourhoods best.",
            "Out of school settings should be registered and inspected like any other place children learn.",
            "Shared activities such as sport and music bring people from different backgrounds together.",
            "Funding for school linking and youth clubs has been cut every year for the last decade.",
            "Please withdraw these proposals and listen to the communities they are meant to help.",
            "Faith schools already do a great deal to bring families of different backgrounds together.",
            "Councils need long term money to run local integration plans with their residents.");

    @TempDir
    Path state;

    @Test
    void aSurgeOfRecombinedSentencesPublishesAtMostOneRecordPerResponsePlusOnePerCampaign() {
        // The processor on RocksDB stores, as deployed; not through TopologyTestDriver, which commits (and so flushes
        // RocksDB to disk) after every record
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "coding-campaigns-surge");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        GroupingUnderTest grouping = new GroupingUnderTest(new MockProcessorContext<>(config, new TaskId(0, 0),
                state.toFile()), new CampaignSettings(3, 20), Stores::persistentKeyValueStore);
        Random random = new Random(15);
        List<Ungrouped> surge = new ArrayList<>();
        for (int i = 0; i < RESPONSES; i++) {
            surge.add(Ungrouped.of(coding("r-" + i), comment(random), 20));
        }

        List<Record<String, ResponseCoded>> published = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < RESPONSES; i++) {
            grouping.process(new Record<>("c", surge.get(i), 0L), i);
            published.addAll(grouping.published());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e9;

        Map<String, Integer> perResponse = new HashMap<>();
        Map<String, ResponseCoded> latest = new HashMap<>();
        published.forEach(record -> {
            perResponse.merge(record.key(), 1, Integer::sum);
            latest.put(record.key(), record.value());
        });
        Set<String> campaigns = new HashSet<>();
        latest.values().forEach(coded -> {
            if (coded.campaign() != null) {
                campaigns.add(coded.campaign().canonicalResponseId());
            }
        });
        assertThat(perResponse).hasSize(RESPONSES);
        // Published twice: exactly the campaigns' first members, once each
        assertThat(perResponse.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .containsExactlyInAnyOrderElementsOf(campaigns);
        assertThat(perResponse.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
        assertThat(published.size()).isLessThanOrEqualTo(RESPONSES * 11 / 10);
        long members = latest.values().stream().filter(coded -> coded.campaign() != null).count();
        System.out.printf("surge: %d responses, %d records on responses-coded (%.3f per response), %d campaigns of"
                + " %d members; campaign processor (RocksDB, one thread) %.0f codings/s, %.0f per CPU second;"
                + " load average %.1f%n", RESPONSES, published.size(), published.size() / (double) RESPONSES,
                campaigns.size(), members, RESPONSES / seconds, RESPONSES / cpuSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String comment(Random random) {
        List<String> pool = new ArrayList<>(SENTENCES);
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            comment.append(pool.remove(random.nextInt(pool.size()))).append(' ');
        }
        return comment.toString();
    }

    private static ResponseCoded coding(String responseId) {
        return new ResponseCoded(responseId, "c", 1, MAY, Channel.ONLINE, MAY, false,
                new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.INFERRED, 0.85, null),
                Map.of(), List.of(), "test", 1, null, null);
    }
}
