package uk.consultation.reporting.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tells subscribers that figures changed: at most one event per consultation per {@code reporting.live.coalesce},
 * however many codings arrive, carrying only which consultation changed (pages then fetch its figures, so an event
 * never disagrees with the API). A subscriber to every consultation gets one event per tick naming all that changed.
 */
@Component
class FiguresStream implements SmartLifecycle {

    /** The subscription to every consultation, for the operations page. */
    static final String EVERY_CONSULTATION = "*";
    static final String EVENT = "figures";

    private final LiveSettings settings;
    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private @Nullable ScheduledExecutorService ticks;

    FiguresStream(LiveSettings settings, MeterRegistry meters) {
        this.settings = settings;
        Gauge.builder("reporting.live.subscribers", this, FiguresStream::subscriberCount)
                .description("Open figure streams")
                .register(meters);
    }

    /** @param consultationId a consultation, or {@link #EVERY_CONSULTATION} */
    SseEmitter subscribe(String consultationId) {
        // No timeout: the heartbeat finds clients that have gone.
        SseEmitter emitter = new SseEmitter(0L);
        List<SseEmitter> list = subscribers.computeIfAbsent(consultationId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        // Sent at once, so the client sees the stream open before the first change.
        send(list, emitter, SseEmitter.event().comment("subscribed to " + consultationId));
        return emitter;
    }

    int subscriberCount() {
        return subscribers.values().stream().mapToInt(List::size).sum();
    }

    @EventListener
    void onChange(FiguresChanged change) {
        change.codings().forEach(coding -> changed.add(coding.consultationId()));
    }

    private void publishChanges() {
        if (changed.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(changed);
        changed.removeAll(ids);
        for (String id : ids) {
            sendToAll(id, SseEmitter.event().name(EVENT).data(Map.of("consultationId", id)));
        }
        sendToAll(EVERY_CONSULTATION, SseEmitter.event().name(EVENT).data(Map.of("consultationIds", ids)));
    }

    private void heartbeat() {
        subscribers.keySet().forEach(id -> sendToAll(id, SseEmitter.event().comment("heartbeat")));
    }

    private void sendToAll(String consultationId, SseEmitter.SseEventBuilder event) {
        List<SseEmitter> list = subscribers.getOrDefault(consultationId, List.of());
        list.forEach(emitter -> send(list, emitter, event));
    }

    /** A client that has gone fails the write: it is dropped. */
    private static void send(List<SseEmitter> list, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            list.remove(emitter);
            emitter.completeWithError(e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                new CustomizableThreadFactory("figures-stream-"));
        long coalesce = settings.coalesce().toMillis();
        long heartbeat = settings.heartbeat().toMillis();
        executor.scheduleWithFixedDelay(this::publishChanges, coalesce, coalesce, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        ticks = executor;
    }

    /** Before the web server's graceful shutdown (a later phase), which would otherwise wait for open streams. */
    @Override
    public void stop() {
        ScheduledExecutorService executor = ticks;
        if (executor != null) {
            executor.shutdownNow();
            ticks = null;
        }
        subscribers.values().forEach(list -> list.forEach(SseEmitter::complete));
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return ticks != null;
    }
}
