package dev.s3grant.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    private final EventStream<String> events = new EventStream<>();

    @Test
    void everyEventReachesEveryListenerInOrderEvenWhenRepeated() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        events.subscribe(first::add);
        events.subscribe(e -> second.add(e + "!"));

        events.send("a");
        events.send("a");

        assertThat(first).containsExactly("a", "a");
        assertThat(second).containsExactly("a!", "a!");
    }

    @Test
    void aListenerSeesOnlyTheEventsSentAfterItSubscribed() {
        events.send("before");
        List<String> seen = new ArrayList<>();
        events.subscribe(seen::add);
        events.send("after");
        assertThat(seen).containsExactly("after");
    }

    @Test
    void anEventIsNeverNull() {
        assertThatThrownBy(() -> events.send(null)).isInstanceOf(NullPointerException.class);
    }
}
