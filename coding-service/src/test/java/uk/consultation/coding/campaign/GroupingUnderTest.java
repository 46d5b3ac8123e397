package uk.consultation.coding.campaign;

import java.util.List;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/** The campaign processor on its own, fed record by record at offsets of the test's choosing. */
final class GroupingUnderTest {

    private final MockProcessorContext<String, ResponseCoded> context;
    private final CampaignGrouping grouping;

    /** @param stores how each store is kept (in memory, or RocksDB under the context's state directory) */
    GroupingUnderTest(MockProcessorContext<String, ResponseCoded> context, CampaignSettings settings,
            Function<String, KeyValueBytesStoreSupplier> stores) {
        this.context = context;
        addStore(stores.apply(CampaignGrouping.MEMBERS), CampaignGrouping.Member.class);
        addStore(stores.apply(CampaignGrouping.BUCKETS), CampaignGrouping.FirstInBucket.class);
        grouping = new CampaignGrouping(settings);
        grouping.init(context);
    }

    void process(Record<String, Ungrouped> record, long offset) {
        context.setRecordMetadata(Topics.RESPONSES_CODED_UNGROUPED.name(), 0, offset);
        grouping.process(record);
    }

    /** What was published since the last call. */
    List<Record<String, ResponseCoded>> published() {
        List<Record<String, ResponseCoded>> published = context.forwarded().stream()
                .map(forward -> new Record<String, ResponseCoded>(forward.record().key(), forward.record().value(),
                        forward.record().timestamp(), forward.record().headers()))
                .toList();
        context.resetForwards();
        return published;
    }

    private <T> void addStore(KeyValueBytesStoreSupplier supplier, Class<T> type) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(supplier, Serdes.String(),
                EventJson.serde(type)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }
}
