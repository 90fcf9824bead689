package dev.s3grant.ui.background;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** A {@link Debouncer} on the FX thread's clock: a pause that starts over on each restart. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;

    public FxDebouncer(Duration quietPeriod) {
        this.pause = new PauseTransition(javafx.util.Duration.millis(quietPeriod.toMillis()));
    }

    @Override
    public void restart(Runnable action) {
        pause.stop();
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
        pause.setOnFinished(null);
    }
}
