package dev.s3grant.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 720);
    static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1280, 0, 2560, 1440);

    @Test
    void aFirstStartOpensCentredAtEightyPercentOfThePrimaryScreen() {
        WindowPlacement place = WindowPlacement.choose(Optional.empty(), List.of(new Rectangle2D(0, 0, 1920, 1080)));

        assertThat(place.restored()).isFalse();
        assertThat(place.bounds()).isEqualTo(new WindowBounds(192, 108, 1536, 864, false));
    }

    @Test
    void onALaptopTheHeightIsAtLeastTheMinimumAndOnASmallerScreenTheWindowIsTheScreen() {
        assertThat(WindowPlacement.choose(Optional.empty(), List.of(LAPTOP)).bounds())
                .isEqualTo(new WindowBounds(128, 60, 1024, 600, false));
        assertThat(WindowPlacement.choose(Optional.empty(), List.of(new Rectangle2D(0, 0, 800, 560))).bounds())
                .isEqualTo(new WindowBounds(0, 0, 800, 560, false));
    }

    @Test
    void savedBoundsThatFitAScreenAreRestored() {
        WindowBounds onTheMonitor = new WindowBounds(1500, 100, 1800, 1100, false);

        WindowPlacement place = WindowPlacement.choose(Optional.of(onTheMonitor), List.of(LAPTOP, RIGHT_MONITOR));

        assertThat(place.restored()).isTrue();
        assertThat(place.bounds()).isEqualTo(onTheMonitor);
    }

    @Test
    void boundsOnAMonitorThatIsGoneAreNotRestored() {
        WindowBounds onTheMonitor = new WindowBounds(1500, 100, 1800, 1100, false);

        WindowPlacement place = WindowPlacement.choose(Optional.of(onTheMonitor), List.of(LAPTOP));

        assertThat(place.restored()).isFalse();
        assertThat(place.bounds()).isEqualTo(new WindowBounds(128, 60, 1024, 600, false));
    }

    @Test
    void aTinySavedWindowIsNotRestored() {
        WindowPlacement place = WindowPlacement.choose(Optional.of(new WindowBounds(40, 40, 200, 200, false)), List.of(LAPTOP));

        assertThat(place.restored()).isFalse();
        assertThat(place.bounds().width()).isEqualTo(1024);
    }

    @Test
    void aMaximizedWindowsFrameMayStandOverTheEdgeByItsBorder() {
        WindowBounds maximized = new WindowBounds(-8, -8, 1296, 736, true);

        WindowPlacement place = WindowPlacement.choose(Optional.of(maximized), List.of(LAPTOP));

        assertThat(place.restored()).isTrue();
        assertThat(place.bounds().maximized()).isTrue();
    }

    @Test
    void savedBoundsWithoutAPositionAreNotRestored() {
        assertThat(WindowPlacement.choose(Optional.of(WindowBounds.DEFAULT), List.of(RIGHT_MONITOR)).restored()).isFalse();
    }
}
