package dev.s3grant.ui.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.background.ManualDebouncer;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class ReleaseWhenIdleTest {

    private final ManualDebouncer quiet = new ManualDebouncer();
    private final SimpleIntegerProperty activity = new SimpleIntegerProperty();
    private int releases;
    private final ReleaseWhenIdle idle = new ReleaseWhenIdle(quiet, () -> releases++);

    @Test
    void releasesOnceAfterTheFirstQuietSpell() {
        idle.follow(activity);

        assertThat(quiet.isWaiting()).isTrue();
        quiet.fire();
        assertThat(releases).isEqualTo(1);
        assertThat(quiet.isWaiting()).as("nothing happened since: no second release").isFalse();
    }

    @Test
    void eachChangePutsTheReleaseOffAndABurstLeadsToOneRelease() {
        idle.follow(activity);
        quiet.fire();

        activity.set(1);
        activity.set(2);
        activity.set(3);

        assertThat(quiet.restarts).isEqualTo(4);
        assertThat(releases).isEqualTo(1);
        quiet.fire();
        assertThat(releases).isEqualTo(2);
    }

    @Test
    void theQuietPeriodIsTenSecondsUnlessTheSystemPropertySaysOtherwise() {
        String saved = System.getProperty(ReleaseWhenIdle.QUIET_PROPERTY);
        try {
            System.clearProperty(ReleaseWhenIdle.QUIET_PROPERTY);
            assertThat(ReleaseWhenIdle.quietPeriod()).hasValue(java.time.Duration.ofSeconds(10));
            System.setProperty(ReleaseWhenIdle.QUIET_PROPERTY, "2500");
            assertThat(ReleaseWhenIdle.quietPeriod()).hasValue(java.time.Duration.ofMillis(2500));
            System.setProperty(ReleaseWhenIdle.QUIET_PROPERTY, "0");
            assertThat(ReleaseWhenIdle.quietPeriod()).isEmpty();
        } finally {
            if (saved == null) {
                System.clearProperty(ReleaseWhenIdle.QUIET_PROPERTY);
            } else {
                System.setProperty(ReleaseWhenIdle.QUIET_PROPERTY, saved);
            }
        }
    }
}
