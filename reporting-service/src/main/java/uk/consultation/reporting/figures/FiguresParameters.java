package uk.consultation.reporting.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.RespondentType;

/**
 * The query parameters every figures resource takes, bound by name: {@code late=include|exclude},
 * {@code campaigns=include|exclude|only}, {@code respondentType=individual|organisation}, {@code channel=online,email}
 * (one or more), {@code source=citizen-space,direct} (import sources, one or more: the survey platforms whose exports
 * were imported, and {@code direct} for the rest), and {@code from} / {@code to} (ISO days received, inclusive). A bad value is a 400 problem naming it.
 */
public record FiguresParameters(@Nullable String late, @Nullable String campaigns, @Nullable String respondentType,
        @Nullable String channel, @Nullable String source, @Nullable String from, @Nullable String to) {

    private static final Set<String> SOURCES = Set.of("citizen-space", "smartsurvey", "microsoft-forms",
            Selection.DIRECT);

    public Selection selection() {
        LocalDate receivedFrom = day("from", from);
        LocalDate receivedTo = day("to", to);
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "The to day " + to + " is before the from day " + from);
        }
        return new Selection(
                LateResponses.fromParameter(late == null ? "include" : late).orElseThrow(() -> Problems.of(
                        HttpStatus.BAD_REQUEST, "The late parameter must be include or exclude, not " + late)),
                CampaignResponses.fromParameter(campaigns == null ? "include" : campaigns).orElseThrow(() -> Problems.of(
                        HttpStatus.BAD_REQUEST, "The campaigns parameter must be include, exclude or only, not "
                                + campaigns)),
                respondentType == null ? null : RespondentType.fromWireName(respondentType).orElseThrow(() ->
                        Problems.of(HttpStatus.BAD_REQUEST,
                                "The respondentType parameter must be individual or organisation, not " + respondentType)),
                channels(), sources(), receivedFrom, receivedTo);
    }

    private Set<Channel> channels() {
        if (channel == null) {
            return Set.of();
        }
        return Arrays.stream(channel.split(",")).map(String::strip).map(name -> Arrays.stream(Channel.values())
                        .filter(known -> known.wireName().equals(name)).findFirst()
                        .orElseThrow(() -> Problems.of(HttpStatus.BAD_REQUEST,
                                "The channel parameter must be online, email or letter, not " + name)))
                .collect(Collectors.toSet());
    }

    private Set<String> sources() {
        if (source == null) {
            return Set.of();
        }
        Set<String> names = Arrays.stream(source.split(",")).map(String::strip).collect(Collectors.toSet());
        names.stream().filter(name -> !SOURCES.contains(name)).findFirst().ifPresent(name -> {
            throw Problems.of(HttpStatus.BAD_REQUEST, "The source parameter must be citizen-space, smartsurvey, "
                    + "microsoft-forms or direct, not " + name);
        });
        return names;
    }

    private static @Nullable LocalDate day(String parameter, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "The " + parameter + " parameter must be a day as 2018-06-05, not "
                    + value);
        }
    }
}
