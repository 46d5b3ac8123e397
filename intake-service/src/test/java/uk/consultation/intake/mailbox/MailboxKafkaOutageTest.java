package uk.consultation.intake.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.micrometer.core.instrument.MeterRegistry;
import uk.consultation.intake.email.EmailIntake;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.localstack.EmbeddedKafka;

/**
 * A broker of this test's own, stopped once intake is up: while Kafka is away a message stays in the inbox. The
 * producer's waits are cut short so that the poll gives up in seconds.
 */
@SpringBootTest(properties = {
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=2000"})
@DirtiesContext
class MailboxKafkaOutageTest {

    static final TestMailbox mailbox = new TestMailbox();

    @RegisterExtension
    static final GreenMailExtension greenMail = mailbox.server();

    static @Nullable EmbeddedKafka broker;

    @Autowired
    EmailIntake intake;

    @Autowired
    EventPublisher publisher;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedKafka started = EmbeddedKafka.start(Files.createTempDirectory("kafka-outage"), 0, 0);
        broker = started;
        registry.add("spring.kafka.bootstrap-servers", started::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Test
    void whileKafkaIsAwayTheMessageStaysInTheInboxForTheNextPoll() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@example.org>";
        mailbox.send(TestMailbox.email(messageId, "I agree with the strategy."));
        MailboxPoller poller = new MailboxPoller(mailbox.settings(), intake, publisher, clock, meters);
        stopBroker();

        poller.poll();

        assertThat(mailbox.messageIds("INBOX")).containsExactly(messageId);
        assertThat(mailbox.messageIds("Processed")).isEmpty();
        assertThat(meters.get("intake.mailbox.messages").tag("outcome", "retried").counter().count()).isEqualTo(1);
    }
}
