package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.s3grant.app.ProblemText;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

class DesignReaderTest {

    private static final String MINIMAL = """
            {
              "bucketOwner": { "accountId": "222222222222" },
              "bucket": { "name": "central-ingest" },
              "writers": [ { "accountId": "111111111111", "roleName": "writer" } ]
            }
            """;

    private static InputProblem refuse(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> DesignReader.read(text, "d.json"));
        assertThat(e).as("the design should be refused").isNotNull();
        return e.problem();
    }

    private static String english(InputProblem p) {
        return ProblemText.describe(p, Language.EN);
    }

    @Test
    void absentFieldsTakeTheDocumentedDefaults() throws InputException {
        Design d = DesignReader.read(MINIMAL, "d.json");
        assertThat(d.partition().id()).isEqualTo("aws");
        assertThat(d.region()).isEqualTo("us-east-1");
        assertThat(d.organization()).isEmpty();
        assertThat(d.bucketOwner().alias()).isEqualTo("B");
        assertThat(d.bucket().manage()).isTrue();
        assertThat(d.bucket().keyPrefixes()).isEmpty();
        assertThat(d.bucket().encryption().type()).isEqualTo(EncryptionType.SSE_S3);
        assertThat(d.bucket().encryption().bucketKey()).isTrue();
        assertThat(d.writers().get(0).alias()).isEqualTo("A");
        assertThat(d.writers().get(0).rolePath()).isEqualTo("/");
        assertThat(d.writers().get(0).principals().mode()).isEqualTo(PrincipalMode.ECS_ONLY);
        assertThat(d.writers().get(0).allowAbortMultipartUpload()).isTrue();
        assertThat(d.writers().get(0).allowPutObjectTagging()).isFalse();
        assertThat(d.options().orgGuard()).isTrue();
    }

    @Test
    void absentFieldsAreWhatANewDesignAndANewWriterHave() throws InputException {
        Design d = DesignReader.read(MINIMAL, "d.json");
        Design blank = DesignDefaults.blankDesign();
        assertThat(d.name()).isEqualTo(DesignDefaults.UNNAMED_DESIGN_NAME);
        assertThat(d.partition()).isEqualTo(blank.partition());
        assertThat(d.region()).isEqualTo(blank.region());
        assertThat(d.bucketOwner()).isEqualTo(blank.bucketOwner().withAccountId("222222222222"));
        assertThat(d.bucket()).isEqualTo(blank.bucket().withName("central-ingest"));
        assertThat(d.writers()).containsExactly(
                DesignDefaults.newWriter("A").withAccountId("111111111111").withRoleName("writer"));
        assertThat(d.options()).isEqualTo(blank.options());
    }

    @Test
    void ownershipControlsAreManagedUnlessTheFileTurnsThemOffAndOnlyOffIsWritten() throws InputException {
        assertThat(DesignReader.read(MINIMAL, "d.json").bucket().manageOwnershipControls()).isTrue();
        assertThat(DesignWriter.write(TestDesigns.load("existing-bucket"))).isEqualTo(TestDesigns.text("existing-bucket"))
                .doesNotContain("manageOwnershipControls");
        Design off = DesignReader.read(MINIMAL.replace("\"name\": \"central-ingest\"",
                "\"name\": \"central-ingest\", \"manage\": false, \"manageOwnershipControls\": false"), "d.json");
        assertThat(off.bucket().manageOwnershipControls()).isFalse();
        assertThat(off.bucket().ownershipControlsSet()).isFalse();
        assertThat(DesignWriter.write(off)).contains("\"objectOwnership\": \"BucketOwnerEnforced\",\n    \"manageOwnershipControls\": false,\n");
        assertThat(DesignWriter.write(TestDesigns.load("existing-bucket-ownership-unset")))
                .isEqualTo(TestDesigns.text("existing-bucket-ownership-unset"));
    }

    @Test
    void laterWritersWithoutAliasAreNamedA2A3() throws InputException {
        Design d = DesignReader.read(MINIMAL.replace("[ { \"accountId\": \"111111111111\", \"roleName\": \"writer\" } ]",
                "[ {}, {}, {} ]"), "d.json");
        assertThat(d.writers()).extracting(w -> w.alias()).containsExactly("A", "A2", "A3");
    }

    @Test
    void syntaxErrorIsRefusedWithItsPosition() {
        InputProblem p = refuse("{\n  \"bucket\": {\n    \"name\" \"x\"\n  }\n}\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(12);
        assertThat(english(p)).startsWith("d.json:3:12: Not valid JSON: Unexpected character");
    }

    @Test
    void wrongTypeNamesTheFieldAndBothTypes() {
        InputProblem p = refuse(MINIMAL.replace("\"name\": \"central-ingest\"", "\"name\": 42"));
        assertThat(p.path()).isEqualTo("bucket.name");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(23);
        assertThat(english(p)).isEqualTo("d.json:3:23: bucket.name must be a string, but it is a number.");
    }

    @Test
    void aBooleanGivenAsStringIsAWrongType() {
        InputProblem p = refuse(MINIMAL.replace("\"name\": \"central-ingest\"", "\"name\": \"c\", \"manage\": \"true\""));
        assertThat(english(p)).isEqualTo("d.json:3:38: bucket.manage must be a boolean, but it is a string.");
    }

    @Test
    void unknownFieldSuggestsTheNearestKnownName() {
        InputProblem p = refuse(MINIMAL.replace("\"name\": \"central-ingest\"", "\"name\": \"c\", \"keyPrefix\": []"));
        assertThat(p.path()).isEqualTo("bucket.keyPrefix");
        assertThat(english(p)).isEqualTo("d.json:3:28: Unknown field bucket.keyPrefix. Did you mean \"keyPrefixes\"?");
        assertThat(ProblemText.describe(p, Language.JA))
                .isEqualTo("d.json:3:28: 不明なフィールド bucket.keyPrefix があります。「keyPrefixes」の誤りではありませんか。");
    }

    @Test
    void unknownFieldFarFromAnyNameListsTheKnownOnes() {
        InputProblem p = refuse(MINIMAL.replace("{ \"accountId\": \"222222222222\" }",
                "{ \"accountId\": \"222222222222\", \"colour\": \"red\" }"));
        assertThat(english(p)).isEqualTo(
                "d.json:2:49: Unknown field bucketOwner.colour. Known fields here: alias, accountId, terraformProvider.");
    }

    @Test
    void missingOwnerAccountIdIsRefused() {
        InputProblem p = refuse(MINIMAL.replace("{ \"accountId\": \"222222222222\" }", "{ \"alias\": \"B\" }"));
        assertThat(p.path()).isEqualTo("bucketOwner.accountId");
        assertThat(english(p)).isEqualTo("d.json:2:18: Required field bucketOwner.accountId is missing. Add it to the design.");
    }

    @Test
    void missingBucketNameIsRefused() {
        InputProblem p = refuse(MINIMAL.replace("{ \"name\": \"central-ingest\" }", "{ }"));
        assertThat(p.path()).isEqualTo("bucket.name");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void missingWritersIsRefused() {
        InputProblem p = refuse("""
                {
                  "bucketOwner": { "accountId": "222222222222" },
                  "bucket": { "name": "central-ingest" }
                }
                """);
        assertThat(p.path()).isEqualTo("writers");
        assertThat(english(p)).isEqualTo("d.json:1:1: Required field writers is missing. Add it to the design.");
    }

    @Test
    void futureFormatVersionIsRefused() {
        InputProblem p = refuse("{\n  \"formatVersion\": 6,\n" + MINIMAL.substring(2));
        assertThat(p.path()).isEqualTo("formatVersion");
        assertThat(english(p)).startsWith("d.json:2:20: formatVersion 6 is not supported; this version of S3 Grant Designer reads formatVersion 5.");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        InputProblem p = refuse(MINIMAL.replace("\"name\": \"central-ingest\"", "\"name\": \"c\", \"objectOwnership\": \"Enforced\""));
        assertThat(english(p)).isEqualTo("d.json:3:47: bucket.objectOwnership cannot be \"Enforced\". "
                + "Use one of: BucketOwnerEnforced, BucketOwnerPreferred, ObjectWriter.");
    }

    @Test
    void trailingContentAfterTheDesignIsASyntaxError() {
        InputProblem p = refuse(MINIMAL + "}");
        assertThat(p.line()).isEqualTo(6);
    }

    @Test
    void invalidValuesAreKeptExactlyAsTypedForTheFindings() throws InputException {
        Design d = DesignReader.read(MINIMAL
                .replace("\"111111111111\"", "\"11111111111\"")
                .replace("\"central-ingest\"", "\"Bad_Bucket\"")
                .replace("\"writer\"", "\"\""), "d.json");
        assertThat(d.writers().get(0).accountId()).isEqualTo("11111111111");
        assertThat(d.bucket().name()).isEqualTo("Bad_Bucket");
        assertThat(d.writers().get(0).roleName()).isEmpty();
    }

    @Test
    void everyGoldenDesignAndTheExampleRoundTripByteForByte() {
        for (String name : TestDesigns.NAMES) {
            String text = TestDesigns.text(name);
            assertThat(DesignWriter.write(TestDesigns.load(name))).as(name).isEqualTo(text);
        }
        Design example = DesignFiles.example();
        assertThat(DesignWriter.write(example)).isEqualTo(TestDesigns.text("ecs-only"));
    }
}
