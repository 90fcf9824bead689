package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFieldPositions.Position;
import org.junit.jupiter.api.Test;

class DesignFieldPositionsTest {

    private static final String TEXT = """
            {
              "name": "x",
              "bucket": {"name": "b", "keyPrefixes": ["in/", "out/"]},
              "writers": [
                {
                  "accountId": "1111"
                }
              ]
            }
            """;

    private final DesignFieldPositions positions = DesignFieldPositions.of(TEXT);

    @Test
    void aFieldIsWhereItsNameStarts() {
        assertThat(positions.nearest("name")).contains(new Position(2, 3));
        assertThat(positions.nearest("bucket.name")).contains(new Position(3, 14));
        assertThat(positions.nearest("writers[0].accountId")).contains(new Position(6, 7));
    }

    @Test
    void anArrayItemIsWhereItsValueStarts() {
        assertThat(positions.nearest("bucket.keyPrefixes[1]")).contains(new Position(3, 50));
        assertThat(positions.nearest("writers[0]")).contains(new Position(5, 5));
    }

    @Test
    void aFieldTheFileLeavesOutIsPlacedOnTheNearestEnclosingOne() {
        assertThat(positions.nearest("writers[0].roleName")).contains(new Position(5, 5));
        assertThat(positions.nearest("bucket.encryption.kmsKeyArn")).contains(new Position(3, 3));
        assertThat(positions.nearest("options.orgGuard")).isEmpty();
    }

    @Test
    void textThatIsNotJsonHasNoPositions() {
        assertThat(DesignFieldPositions.of("{\"name\": ").nearest("name")).isEmpty();
    }
}
