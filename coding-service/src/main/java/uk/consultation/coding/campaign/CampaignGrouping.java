package uk.consultation.coding.campaign;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.Campaign;

/**
 * The one writer of {@code responses-coded}: places each coding of a consultation in its campaign and publishes it,
 * keyed by response id. A response's campaign is decided the first time it comes through: it joins the campaign of the
 * earliest-processed response it matches, or stays alone until a later one matches it, and it never moves. Every later
 * coding of it (recoding, review, erasure) is stamped with that campaign. When a lone response becomes a campaign's
 * first member, its latest coding is published once more, with the campaign.
 *
 * <p>Finding a match costs the same however many responses came before: the text's {@link CampaignBands} keys are
 * looked up in {@value #BUCKETS}, each holding the first response filed under it; enough keys held by one campaign (or
 * one lone response) make a match.
 *
 * <p>Runs at least once. Everything about a response is one entry of {@value #MEMBERS}, so it changes in one write;
 * a record processed again after a crash finds the state it left, or part of it, and ends in the same place: a lower
 * version than the one published is dropped, the response keeps the campaign it has, and a first member formed by this
 * very record (same partition and offset) is published again, as the crash may have lost it.
 */
final class CampaignGrouping implements Processor<String, Ungrouped, String, ResponseCoded> {

    static final String MEMBERS = "campaign-members";
    static final String BUCKETS = "campaign-buckets";

    private static final Logger log = LoggerFactory.getLogger(CampaignGrouping.class);

    /**
     * What is known of a response.
     *
     * @param version  the latest version published for it
     * @param campaign its campaign, if it is in one
     * @param coding   its latest coding, kept while it is alone with a signature (it may yet become a campaign's first
     *                 member, and be published again) and once it is a first member (for a replay, see above)
     * @param formedBy on a campaign's first member: the record whose processing formed the campaign
     */
    record Member(int version, @Nullable Campaign campaign, @Nullable ResponseCoded coding,
            @Nullable Position formedBy) {

        Member next(ResponseCoded coded) {
            return new Member(coded.version(), campaign, coding == null ? null : coded, formedBy);
        }
    }

    /** Where a record was read from: the same record read again after a crash has the same. */
    record Position(int partition, long offset) {
    }

    /** The first response filed under an index key, and when it was processed. */
    record FirstInBucket(String responseId, long offset) {
    }

    private final CampaignSettings settings;
    private @Nullable ProcessorContext<String, ResponseCoded> context;
    private @Nullable KeyValueStore<String, Member> members;
    private @Nullable KeyValueStore<String, FirstInBucket> buckets;

    CampaignGrouping(CampaignSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, ResponseCoded> context) {
        this.context = context;
        this.members = context.getStateStore(MEMBERS);
        this.buckets = context.getStateStore(BUCKETS);
    }

    @Override
    public void process(Record<String, Ungrouped> record) {
        ProcessorContext<String, ResponseCoded> context = Objects.requireNonNull(this.context);
        KeyValueStore<String, Member> members = Objects.requireNonNull(this.members);
        KeyValueStore<String, FirstInBucket> buckets = Objects.requireNonNull(this.buckets);
        Ungrouped in = record.value();
        ResponseCoded coded = in.coded();
        String id = coded.responseId();
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        Position here = new Position(metadata.partition(), metadata.offset());
        Member member = members.get(id);
        if (member != null && coded.version() < member.version()) {
            log.info("Coding version {} of response {} dropped: version {} is published", coded.version(), id,
                    member.version());
            return;
        }
        // Other responses' entries as this record reads them: each is read from the store (and parsed) once
        Map<String, @Nullable Member> read = new HashMap<>();
        Campaign campaign;
        if (member != null) {
            campaign = member.campaign();
            members.put(id, member.next(coded));
        } else {
            // The first time: its keys looked up once, to find its match and to file it where it is the first
            Map<String, @Nullable FirstInBucket> filed = new HashMap<>();
            if (in.bands() != null) {
                in.bands().forEach(band -> {
                    String key = coded.consultationId() + "/" + band;
                    filed.put(key, buckets.get(key));
                });
            }
            campaign = firstMatch(id, filed.values(), read)
                    .map(first -> campaignOf(first.responseId(), in.preview(), read)).orElse(null);
            // Alone, a response with a signature keeps its coding, to publish again should a later one join it.
            members.put(id, new Member(coded.version(), campaign, campaign == null && !filed.isEmpty() ? coded : null,
                    null));
            filed.forEach((key, first) -> {
                if (first == null) {
                    buckets.put(key, new FirstInBucket(id, here.offset()));
                }
            });
        }
        if (campaign != null && !campaign.canonicalResponseId().equals(id)) {
            settleFirstMember(campaign, record, here, read);
        }
        context.forward(record.withKey(id).withValue(coded.grouped(coded.textSignature(), campaign)));
    }

    /**
     * The earliest-processed response filed under one of the keys whose campaign (or itself, if alone) holds at
     * least {@code coding.campaigns.min-shared-bands} of the keys: how many bands agree estimates how alike the texts
     * are. Counted by campaign, as a campaign's keys are spread over the members that were first to each.
     */
    private Optional<FirstInBucket> firstMatch(String id, Collection<@Nullable FirstInBucket> filed,
            Map<String, @Nullable Member> read) {
        Map<String, Integer> shared = new HashMap<>();
        Map<String, FirstInBucket> earliest = new HashMap<>();
        for (FirstInBucket first : filed) {
            if (first == null || first.responseId().equals(id)) {
                continue;
            }
            Member holder = read(first.responseId(), read);
            if (holder == null) {
                continue;
            }
            String group = holder.campaign() == null ? first.responseId() : holder.campaign().id();
            shared.merge(group, 1, Integer::sum);
            earliest.merge(group, first, (a, b) -> a.offset() <= b.offset() ? a : b);
        }
        return shared.entrySet().stream().filter(group -> group.getValue() >= settings.minSharedBands())
                .map(group -> earliest.get(group.getKey()))
                .min(Comparator.comparingLong(FirstInBucket::offset));
    }

    /** The campaign the matched response is in, or the one it is about to form, named after it. */
    private Campaign campaignOf(String matchedId, @Nullable String preview, Map<String, @Nullable Member> read) {
        Member matched = Objects.requireNonNull(read(matchedId, read), matchedId);
        return matched.campaign() != null ? matched.campaign()
                : new Campaign(id(matchedId), matchedId, Objects.requireNonNull(preview, "preview"));
    }

    /**
     * The campaign's first member, if still alone, joins it now and is published again, without the acceptance time
     * (it is not a first coding); if this very record formed the campaign before a crash, it is published again.
     */
    private void settleFirstMember(Campaign campaign, Record<String, Ungrouped> record, Position here,
            Map<String, @Nullable Member> read) {
        KeyValueStore<String, Member> members = Objects.requireNonNull(this.members);
        String firstId = campaign.canonicalResponseId();
        Member first = Objects.requireNonNull(read(firstId, read), firstId);
        if (first.campaign() == null) {
            first = new Member(first.version(), campaign, first.coding(), here);
            members.put(firstId, first);
        } else if (!here.equals(first.formedBy())) {
            return;
        }
        ResponseCoded coding = Objects.requireNonNull(first.coding(), "first member's coding");
        Objects.requireNonNull(context).forward(new Record<>(firstId, coding.grouped(coding.textSignature(), campaign),
                record.timestamp()));
    }

    /** Another response's entry, from what this record has read already or else from the store. */
    private @Nullable Member read(String responseId, Map<String, @Nullable Member> read) {
        return read.computeIfAbsent(responseId, Objects.requireNonNull(members)::get);
    }

    private static String id(String canonicalResponseId) {
        String id = "campaign-" + canonicalResponseId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return id.length() <= 64 ? id : id.substring(0, 64);
    }
}
