package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.s3grant.io.DesignWriter;
import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --existing-bucket-policy FILE --existing-key-policy FILE}: the policies merged into what exists. */
class GenerateExistingPoliciesTest {

    @TempDir
    Path temp;

    /** The golden design without its existing policies, and the policies as the AWS CLI prints them. */
    @Test
    void theExistingPoliciesOfTheAwsCliAreMergedAsInTheDesignFile() throws IOException {
        Design merged = TestDesigns.load("existing-policies");
        Path design = temp.resolve("d.json");
        Files.writeString(design, DesignWriter.write(merged.withExisting(ExistingPolicies.none())));
        Path bucket = temp.resolve("bucket.json");
        Files.writeString(bucket, "{\"Policy\": " + JsonNodeFactory.instance.textNode(merged.existing().bucketPolicy()) + "}\n");
        Path key = temp.resolve("key.json");
        Files.writeString(key, "{\n    \"Policy\": " + JsonNodeFactory.instance.textNode(merged.existing().keyPolicy())
                + ",\n    \"PolicyName\": \"default\"\n}\n");
        Path out = temp.resolve("out");

        GenerateCommandTest.Run r = GenerateCommandTest.run("generate", design.toString(), "--out", out.toString(),
                "--existing-bucket-policy", bucket.toString(), "--existing-key-policy", key.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        for (String f : new String[] {"bucket-policy.json", "kms-key-policy.json"}) {
            Golden.assertMatches("policies/existing-policies/" + f, Files.readString(out.resolve("policies").resolve(f)));
        }
    }

    @Test
    void aBrokenExistingPolicyExitsTwoWithItsPositionInJapanese() throws IOException {
        Path bucket = temp.resolve("bucket.json");
        Files.writeString(bucket, "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Principal\": \"everyone\"}\n  ]\n}\n");
        GenerateCommandTest.Run r = GenerateCommandTest.run("generate", TestDesigns.file("existing-bucket").toString(),
                "--out", temp.resolve("o").toString(), "--existing-bucket-policy", bucket.toString(), "--lang", "ja");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(bucket + ":3:38: Statement[0].Principal には \"*\" か、"
                + "AWS や Service などのプリンシパルの種類ごとに値を持つオブジェクトを指定してください。");
        assertThat(Files.exists(temp.resolve("o"))).isFalse();
    }
}
