package uk.consultation.coding.campaign;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.Campaign;

/**
 * Groups identical and near-identical responses to a consultation into campaigns. It remembers the latest coding of
 * every response long enough to compare (rebuilt from {@code responses-coded} at start), so that when a second
 * response shares a text, the first is published again as a member too: a campaign's size counts every member.
 *
 * <p>A campaign is named after its earliest-received member, so coding the same responses again, in any order,
 * names it the same way.
 */
@Component
public class Campaigns {

    /** Enough of the canonical text for a report author to recognise the campaign. */
    static final int PREVIEW_CHARS = 500;

    private final CampaignSettings settings;
    /** By response id; the signature kept as a number, as every new response is compared with every entry. */
    private final Map<String, Indexed> latest = new HashMap<>();

    private record Indexed(ResponseCoded coded, long signature) {
    }

    Campaigns(CampaignSettings settings) {
        this.settings = settings;
    }

    /**
     * @param coded  the response's coding
     * @param joined earlier codings now known to belong to the campaign, to publish again with it
     */
    public record Assignment(ResponseCoded coded, List<ResponseCoded> joined) {
    }

    /** Where a new coding belongs; nothing is remembered until {@link #remember(Assignment)}, once Kafka has it. */
    public synchronized Assignment assign(ResponseCoded coded, String text) {
        Optional<String> signature = TextSignature.of(text, settings.minWords());
        if (signature.isEmpty()) {
            return new Assignment(coded.grouped(null, null), List.of());
        }
        long own = TextSignature.bits(signature.get());
        List<ResponseCoded> near = latest.values().stream()
                .filter(other -> Long.bitCount(other.signature() ^ own) <= settings.maxDistance())
                .map(Indexed::coded)
                .filter(other -> !other.responseId().equals(coded.responseId())
                        && other.consultationId().equals(coded.consultationId()))
                .toList();
        if (near.isEmpty()) {
            return new Assignment(coded.grouped(signature.get(), null), List.of());
        }
        ResponseCoded canonical = Stream.concat(near.stream(), Stream.of(coded))
                .min(Comparator.comparing(ResponseCoded::receivedAt).thenComparing(ResponseCoded::responseId))
                .orElseThrow();
        Campaign campaign = near.stream().map(ResponseCoded::campaign).filter(Objects::nonNull)
                .filter(existing -> existing.canonicalResponseId().equals(canonical.responseId()))
                .findFirst()
                .orElseGet(() -> new Campaign(id(canonical.responseId()), canonical.responseId(), preview(text)));
        List<ResponseCoded> joined = near.stream().filter(other -> !campaign.equals(other.campaign()))
                .map(other -> other.grouped(other.textSignature(), campaign))
                .toList();
        return new Assignment(coded.grouped(signature.get(), campaign), joined);
    }

    public synchronized void remember(Assignment assignment) {
        remember(assignment.coded());
        assignment.joined().forEach(this::remember);
    }

    /** A coding published before, as read back at start. */
    public synchronized void remember(ResponseCoded coded) {
        String signature = coded.textSignature();
        if (signature == null) {
            latest.remove(coded.responseId());
        } else {
            latest.put(coded.responseId(), new Indexed(coded, TextSignature.bits(signature)));
        }
    }

    private static String id(String canonicalResponseId) {
        String id = "campaign-" + canonicalResponseId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    private static String preview(String text) {
        String stripped = text.strip();
        return stripped.length() <= PREVIEW_CHARS ? stripped : stripped.substring(0, PREVIEW_CHARS) + "…";
    }
}
