package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.response.ResponseReceived;

/** The benchmark-only mode that confirms without publishing must never be on unless asked for. */
class DiscardingResponseRecorderTest {

    private final EventPublisher publisher = mock(EventPublisher.class);

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withBean(ConsultationCatalog.class, () -> mock(ConsultationCatalog.class))
            .withBean(EventPublisher.class, () -> publisher)
            .withUserConfiguration(ResponseRecorder.class, DiscardingResponseRecorder.class);

    @Test
    void publishesAsUsualByDefault() {
        contexts.run(context -> assertThat(context.getBean(ResponseRecorder.class))
                .isExactlyInstanceOf(ResponseRecorder.class));
    }

    @Test
    void confirmsWithoutPublishingWhenAskedTo() {
        ResponseIdentity identity = ResponseIdentity.of("integrated-communities-2018", "bench-1");
        ResponseReceived response = new ResponseReceived(identity.responseId(), "integrated-communities-2018",
                identity.reference(), Channel.ONLINE, Instant.parse("2018-04-01T10:00:00Z"), false,
                new ResponseReceived.Respondent(RespondentType.INDIVIDUAL, null),
                Map.of("q1", new ResponseReceived.Answer(Position.AGREE, null)), null, List.of(),
                ResponseReceived.Source.none());

        contexts.withPropertyValues("intake.publishing.discard=true").run(context -> {
            Receipt receipt = context.getBean(ResponseRecorder.class).record(response, "Ann", "ann@example.org");

            assertThat(receipt).isEqualTo(new Receipt(identity.responseId(), identity.reference(), response.receivedAt()));
            verifyNoInteractions(publisher);
        });
    }
}
