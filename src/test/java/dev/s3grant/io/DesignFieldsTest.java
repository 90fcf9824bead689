package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.model.WriterFiles;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The design file and {@link DesignField} name the same fields: the writer writes each of them, and no other. */
class DesignFieldsTest {

    private static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "Logs", "Effect": "Allow",
             "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/logs/*"}]}""";

    @Test
    void aWrittenDesignHasExactlyTheFieldsOfDesignField() throws Exception {
        Design d = DesignFiles.example();
        d = d.withOrganizationId("o-abcdefghij")
                .withBucket(d.bucket().withManageOwnershipControls(false)
                        .withEncryption(d.bucket().encryption().withKmsKeyArn(
                                "arn:aws:kms:eu-central-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab")))
                .withExisting(new ExistingPolicies(POLICY, POLICY))
                .withAcceptedFindings(List.of(new AcceptedFinding("S3G-006", "organizationId", "reason")))
                .withOptions(d.options().withWriterFiles(WriterFiles.SHARED)
                        .withWriterOrgPath("o-abcdefghij/r-ab12/ou-ab12-11111111/"));
        JsonNode file = new ObjectMapper().readTree(DesignWriter.write(d));

        Set<String> written = new TreeSet<>();
        collect(file, "", written);
        Set<String> defined = Arrays.stream(DesignField.values())
                .map(f -> f.path(new int[f.indexesNeeded()]))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(written).isEqualTo(defined);
    }

    @Test
    void theReaderReadsWhatTheWriterWrote() throws Exception {
        Design d = DesignFiles.example();
        assertThat(DesignReader.read(DesignWriter.write(d), "example")).isEqualTo(d);
    }

    /** The path of every key, with index 0 for the first element of an array of objects. */
    private static void collect(JsonNode node, String path, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            out.add(child);
            JsonNode value = e.getValue();
            if (child.startsWith(DesignField.EXISTING_POLICIES.jsonName() + ".")) {
                continue; // a policy document: its members are IAM's, not fields of the design
            }
            if (value.isObject()) {
                collect(value, child, out);
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                collect(value.get(0), child + "[0]", out);
            }
        }
    }
}
