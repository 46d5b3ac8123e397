package uk.consultation.intake.kafka;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Channel;

/**
 * The publishes that may wait on Kafka at once, shared so that a flood of one channel (the public API, or junk mailed
 * to the consultation's address) cannot starve the others: every channel, and the consultation team's own events
 * (definitions, erasures), has a reserved share no one else takes, and beyond it draws on a common pool. A channel
 * added to {@link Channel} gets its share without a change here.
 */
final class PublishingPermits {

    private final int total;
    private final Map<Channel, Semaphore> channels = new EnumMap<>(Channel.class);
    private final Semaphore team;
    private final Semaphore common;

    PublishingPermits(PublishingSettings settings) {
        int reserved = settings.reservedPerChannel();
        int shares = Channel.values().length + 1;
        if (settings.maxInFlight() <= reserved * shares) {
            throw new IllegalArgumentException("intake.publishing.max-in-flight (" + settings.maxInFlight()
                    + ") must be more than reserved-per-channel (" + reserved + ") times " + shares
                    + ", a share for each channel and one for the consultation team's own events");
        }
        this.total = settings.maxInFlight();
        for (Channel channel : Channel.values()) {
            channels.put(channel, new Semaphore(reserved));
        }
        this.team = new Semaphore(reserved);
        this.common = new Semaphore(total - reserved * shares);
    }

    /**
     * @param channel the response's channel, or null for the team's own events
     * @return the permit taken, to give back with {@link Semaphore#release()}; null when there is none for now
     */
    @Nullable Semaphore take(@Nullable Channel channel) {
        Semaphore share = channel == null ? team : channels.get(channel);
        if (share.tryAcquire()) {
            return share;
        }
        return common.tryAcquire() ? common : null;
    }

    int total() {
        return total;
    }

    int inFlight() {
        List<Semaphore> all = new ArrayList<>(channels.values());
        all.add(team);
        all.add(common);
        return total - all.stream().mapToInt(Semaphore::availablePermits).sum();
    }
}
