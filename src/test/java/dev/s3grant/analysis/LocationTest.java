package dev.s3grant.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3grant.analysis.Location.AccessRowLocation;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.analysis.Location.FileElementLocation;
import dev.s3grant.analysis.Location.FileLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void eachKindOfLocationKeepsTheTextFormTheCliPrints() {
        List<Location> locations = List.of(new FieldLocation("writers[0].accountId"),
                new FileElementLocation("bucket-policy.json", "AllowPutFromA"), new AccessRowLocation(3),
                new FileLocation("A-trust-policy.json"));

        assertThat(locations).extracting(Location::text).containsExactly("writers[0].accountId",
                "bucket-policy.json#AllowPutFromA", "access-matrix#3", "A-trust-policy.json");
        assertThat(locations).extracting(Location::toString).containsExactly("writers[0].accountId",
                "bucket-policy.json#AllowPutFromA", "access-matrix#3", "A-trust-policy.json");
    }

    @Test
    void matchCallsTheCaseOfTheKind() {
        Location.Cases<String> kind = new Location.Cases<>() {
            @Override
            public String field(FieldLocation field) {
                return "field " + field.path();
            }

            @Override
            public String fileElement(FileElementLocation element) {
                return "element " + element.element() + " of " + element.file();
            }

            @Override
            public String file(FileLocation file) {
                return "file " + file.file();
            }

            @Override
            public String accessRow(AccessRowLocation row) {
                return "row " + row.number();
            }
        };

        assertThat(new FieldLocation("region").match(kind)).isEqualTo("field region");
        assertThat(new FileElementLocation("account_B.tf", "aws_s3_bucket_policy.main").match(kind))
                .isEqualTo("element aws_s3_bucket_policy.main of account_B.tf");
        assertThat(new FileLocation("variables.tf").match(kind)).isEqualTo("file variables.tf");
        assertThat(new AccessRowLocation(1).match(kind)).isEqualTo("row 1");
    }

    @Test
    void aLocationNamesSomething() {
        assertThatThrownBy(() -> new FieldLocation("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileElementLocation("bucket-policy.json", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessRowLocation(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
