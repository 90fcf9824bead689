package dev.s3grant.io;

import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the policy documents of any file: a JSON policy document, or what the AWS CLI prints for one
 * (through {@link ExistingPolicyReader}, the one reader of policy JSON files), or a {@code .tf} file with {@code aws_iam_policy_document} blocks and policies written
 * as {@code jsonencode}, heredocs or JSON strings.
 */
public final class PolicyFiles {

    private PolicyFiles() {
    }

    /** The documents of the file, in its order; refused when it holds none. */
    public static List<PolicySource> read(Path path) throws InputException {
        String name = path.toString();
        List<PolicySource> sources = ofText(name, ExistingTerraform.name(path), DesignFiles.readText(path, DesignFiles.MAX_BYTES));
        if (sources.isEmpty()) {
            throw new InputException(InputProblem.ofFile(name, Message.of("file.noPolicy", name)));
        }
        return sources;
    }

    /**
     * The documents of a file's text, read as {@link #read} reads them: the policies of a {@code .tf}
     * (none is no error), or one JSON document, refused when it is not a policy.
     *
     * @param file the file as it is shown in messages
     * @param name the file's name, which decides how it is read
     */
    public static List<PolicySource> ofText(String file, String name, String text) throws InputException {
        return name.endsWith(".tf") ? terraform(file, text) : List.of(json(file, name, text));
    }

    private static List<PolicySource> terraform(String file, String text) {
        return TerraformPolicies.in(text).stream()
                .map(f -> new PolicySource(file, f.address(), f.resourceType(), f.attribute(), f.line(), f.document()))
                .toList();
    }

    private static PolicySource json(String file, String name, String text) throws InputException {
        return new PolicySource(file, name, "", "", 1, Optional.of(jsonDocument(file, text)));
    }

    /**
     * The policy document of a JSON file, in any form {@link ExistingPolicyReader#readAnyForm} reads (a
     * document, or what the AWS CLI prints for a bucket, key or role policy); what is wrong is reported
     * with its line and column.
     */
    public static PolicyDocument jsonDocument(String file, String text) throws InputException {
        return PolicyJson.parse(ExistingPolicyReader.readAnyForm(text, file).document());
    }
}
