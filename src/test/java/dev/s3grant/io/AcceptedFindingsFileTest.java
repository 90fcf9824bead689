package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code acceptedFindings} in a design file: format version 3, read back as written, refused with its path when malformed. */
class AcceptedFindingsFileTest {

    private static final AcceptedFinding ACCEPTED =
            new AcceptedFinding("S3G-043", "options.principalStyle", "The roles are applied first.");

    private static InputProblem refuse(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> DesignReader.read(text, "d.json"));
        assertThat(e).as("the design should be refused").isNotNull();
        return e.problem();
    }

    private static String withMember(String member) {
        return DesignWriter.write(TestDesigns.load("ecs-only")).replaceFirst("\n}\n$", ",\n  " + member + "\n}\n");
    }

    @Test
    void aDesignWithoutAcceptedFindingsIsWrittenAsBefore() {
        Design plain = TestDesigns.load("ecs-only");

        assertThat(plain.acceptedFindings()).isEmpty();
        assertThat(DesignWriter.write(plain)).contains("\"formatVersion\": 1,").doesNotContain("acceptedFindings");
        assertThat(DesignWriter.write(plain.withExisting(ExistingPolicies.none().withBucketPolicy("{\"Version\":\"2012-10-17\",\"Statement\":[]}"))))
                .contains("\"formatVersion\": 2,").doesNotContain("acceptedFindings");
    }

    @Test
    void acceptedFindingsAreWrittenAsVersionThreeAndReadBack() throws InputException {
        Design accepted = TestDesigns.load("ecs-only").withAcceptedFindings(List.of(ACCEPTED));

        String text = DesignWriter.write(accepted);

        assertThat(text).contains("\"formatVersion\": 3,").endsWith("""
                  "acceptedFindings": [
                    {
                      "code": "S3G-043",
                      "location": "options.principalStyle",
                      "reason": "The roles are applied first."
                    }
                  ]
                }
                """);
        assertThat(DesignReader.read(text, "d.json")).isEqualTo(accepted);
        assertThat(DesignWriter.write(DesignReader.read(text, "d.json"))).isEqualTo(text);
    }

    @Test
    void anUnknownMemberOfAnAcceptedFindingIsRefusedWithItsPath() {
        InputProblem p = refuse(withMember(
                "\"acceptedFindings\": [{\"code\": \"S3G-043\", \"location\": \"name\", \"reason\": \"r\", \"until\": \"2027\"}]"));

        assertThat(p.path()).isEqualTo("acceptedFindings[0].until");
        assertThat(p.message().key()).isEqualTo("design.load.unknownField");
    }

    @Test
    void aMissingReasonIsRefused() {
        InputProblem p = refuse(withMember("\"acceptedFindings\": [{\"code\": \"S3G-043\", \"location\": \"name\"}]"));

        assertThat(p.message().key()).isEqualTo("design.load.missingField");
        assertThat(p.path()).startsWith("acceptedFindings[0]");
    }

    @Test
    void acceptedFindingsMustBeAnArray() {
        InputProblem p = refuse(withMember("\"acceptedFindings\": {\"code\": \"S3G-043\"}"));

        assertThat(p.path()).isEqualTo("acceptedFindings");
        assertThat(p.message().key()).isEqualTo("design.load.wrongType");
    }
}
