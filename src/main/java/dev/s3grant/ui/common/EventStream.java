package dev.s3grant.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One-shot events of one type, handed to every listener in the order they subscribed. Unlike a
 * property, an event carries no state: sending the same event twice reaches the listeners twice,
 * and a listener that subscribes later sees only later events.
 */
public final class EventStream<T> {

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /** Sends {@code event} to every listener now, on the caller's thread. */
    public void send(T event) {
        Objects.requireNonNull(event);
        listeners.forEach(l -> l.accept(event));
    }

    /** Calls {@code listener} with each event sent from now on. */
    public void subscribe(Consumer<? super T> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }
}
