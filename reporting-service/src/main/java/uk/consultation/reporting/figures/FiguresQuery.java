package uk.consultation.reporting.figures;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/** Reads the live figures of a consultation and adds up the cells a selection takes in. */
@Component
public class FiguresQuery {

    private final FiguresGenerations generations;

    FiguresQuery(FiguresGenerations generations) {
        this.generations = generations;
    }

    /** The figures of a consultation as a report author selects them. */
    public ConsultationFigures figures(ConsultationDefinition definition, Selection selection) {
        return ConsultationFigures.of(definition, totals(definition.id(), selection), selection,
                campaigns(definition.id()));
    }

    /**
     * A few sentences that show a theme raised in answers to a question (personal data removed by coding), in the
     * order they were first offered.
     */
    public List<String> quotes(String consultationId, String questionId, String themeCode) {
        Document quotes = generations.live().quotes()
                .find(eq("_id", ExampleQuote.id(consultationId, questionId + "#" + themeCode))).first();
        if (quotes == null) {
            return List.of();
        }
        return quotes.getList("examples", Document.class).stream().map(example -> example.getString("text")).toList();
    }

    /** Each campaign's first response and text preview, by campaign id; a scan, as campaigns are few. */
    Map<String, CampaignText> campaigns(String consultationId) {
        Map<String, CampaignText> found = new HashMap<>();
        for (Document campaign : generations.live().campaigns().find(eq("consultationId", consultationId))) {
            found.put(campaign.getString("_id"), new CampaignText(campaign.getString("canonicalResponseId"),
                    campaign.getString("canonicalText")));
        }
        return found;
    }

    record CampaignText(String canonicalResponseId, String canonicalText) {
    }

    /**
     * The counters of the cells (received day, channel, import source, partition) the selection takes in, summed. A scan rather than
     * an index lookup: the embedded store has no secondary indexes, and a consultation has a few thousand cells at most.
     */
    Totals totals(String consultationId, Selection selection) {
        Map<String, Long> counts = new HashMap<>();
        @Nullable Instant asOf = null;
        for (Document cell : generations.live().figures().find(eq("consultationId", consultationId))) {
            Channel channel = Channel.valueOf(cell.getString("channel").toUpperCase(Locale.ROOT));
            if (!selection.counts(channel, cell.getString("importedFrom"), LocalDate.parse(cell.getString("receivedOn")))) {
                continue;
            }
            Counts.flatten(cell.get("counts", Document.class)).forEach((counter, n) -> counts.merge(counter, n, Long::sum));
            Date updatedAt = cell.getDate("updatedAt");
            if (asOf == null || updatedAt.toInstant().isAfter(asOf)) {
                asOf = updatedAt.toInstant();
            }
        }
        return new Totals(counts, asOf);
    }
}
