package dev.s3grant.existing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.Statement;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.model.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated {@code policies/*.json} of every golden design, imported alone, give the design
 * back up to what policy documents cannot say (decision 0028): the design's name, whether the
 * bucket is managed (and with it what only the bucket's Terraform shows), the Terraform style and
 * values, the providers, the owner's alias, and the region where no ARN of the documents names it.
 */
class PolicyFileImportTest {

    /** Every golden design, those of the shared-role style too (docs/decisions/0053-reading-the-shared-role-style-back.md). */
    static Stream<String> designs() {
        return TestDesigns.NAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void thePolicyFilesOfAGoldenDesignGiveItBack(String name) throws Exception {
        Design design = TestDesigns.load(name);
        ImportResult result = TerraformImporter.read(policyFiles(design));

        Design expected = sayable(design);
        assertThat(result.design()).isEqualTo(expected);
        // Only the kept statements of the existing policies are listed, each at its own line.
        assertThat(result.notRepresented()).hasSize(statements(expected.existing().bucketPolicy()) + statements(expected.existing().keyPolicy()))
                .allSatisfy(n -> assertThat(n.message().key()).startsWith("import.statement."))
                .allSatisfy(n -> assertThat(n.line()).isGreaterThan(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void theSameFilesAsTheAwsCliPrintsThemGiveTheSameDesign(String name) throws Exception {
        Design design = TestDesigns.load(name);
        List<ImportedFile> plain = policyFiles(design);
        ImportResult result = TerraformImporter.read(plain.stream().map(f -> asCliOutput(f, design)).toList());

        assertThat(result.design()).isEqualTo(TerraformImporter.read(plain).design());
        assertThat(result.notRepresented()).hasSameSizeAs(TerraformImporter.read(plain).notRepresented());
    }

    @org.junit.jupiter.api.Test
    void theWriterAccountsTerraformWithTheOwnersBucketPolicyAsJsonGiveTheWriterOnce() throws Exception {
        Design loaded = TestDesigns.load("ecs-only");
        Design design = loaded.withOptions(loaded.options().withTerraformValues(TerraformValues.LITERALS));
        List<ImportedFile> files = new java.util.ArrayList<>(ImportRoundTripProperties.files(design, false).stream()
                .filter(f -> f.name().startsWith("account_A")).toList());
        files.add(policyFiles(design).stream().filter(f -> f.name().equals(PolicyGenerator.BUCKET_POLICY_FILE)).findFirst().orElseThrow());
        ImportResult result = TerraformImporter.read(files);

        assertThat(result.design().writers()).containsExactlyElementsOf(design.writers());
        assertThat(result.design().bucket().name()).isEqualTo(design.bucket().name());
        assertThat(result.design().bucket().denyInsecureTransport()).isTrue();
        assertThat(result.notRepresented()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aPolicyOfNoKindTheDesignKnowsAndASecondBucketPolicyAreListedNotPlaced() throws Exception {
        Design design = TestDesigns.load("ecs-only");
        List<ImportedFile> files = new java.util.ArrayList<>(policyFiles(design));
        ImportedFile bucket = files.stream().filter(f -> f.name().equals(PolicyGenerator.BUCKET_POLICY_FILE)).findFirst().orElseThrow();
        files.add(new ImportedFile("z-copy.json", "z-copy.json", bucket.text()));
        files.add(new ImportedFile("topic.json", "topic.json", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
                 "Action": "sns:Publish", "Resource": "arn:aws:sns:ap-northeast-1:222222222222:events"}]}
                """));

        ImportResult result = TerraformImporter.read(files);

        assertThat(result.design()).isEqualTo(sayable(design));
        assertThat(result.notRepresented()).extracting(n -> n.file() + " " + n.message().key()).containsExactly(
                "topic.json import.policyFile.kindUnknown", "z-copy.json import.policyFile.notPlaced");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void anExportedFolderWithItsPoliciesGivesEachWriterOnce(String name) throws Exception {
        Design loaded = TestDesigns.load(name);
        // Import reads an exported folder's own .tf files: the per-account layout (decision 0044).
        Design design = loaded.withOptions(loaded.options().withTerraformValues(TerraformValues.LITERALS)
                .withWriterFiles(WriterFiles.PER_ACCOUNT));
        List<ImportedFile> files = new java.util.ArrayList<>(ImportRoundTripProperties.files(design, false));
        List<ImportedFile> policies = policyFiles(design);
        files.addAll(policies);

        ImportResult result = TerraformImporter.read(files);
        ImportResult terraformAlone = TerraformImporter.read(ImportRoundTripProperties.files(design, false));

        assertThat(result.design().writers()).isEqualTo(terraformAlone.design().writers());
        // Beyond what the Terraform alone lists, only the policy files it already gives (bucket and key policy) are listed;
        // a key the Terraform does not create has its policy only in the JSON file, whose kept statements are listed too.
        assertThat(result.notRepresented().stream().filter(n -> !n.message().key().equals("import.policyFile.notPlaced"))
                .filter(n -> !n.file().endsWith(PolicyGenerator.KEY_POLICY_FILE)).toList())
                .isEqualTo(terraformAlone.notRepresented());
        assertThat(result.notRepresented()).filteredOn(n -> n.message().key().equals("import.policyFile.notPlaced"))
                .hasSize(design.bucket().encryption().isKms() && design.bucket().encryption().manageKey() ? 2 : 1);
    }

    /** What {@code get-role}, {@code get-role-policy} and {@code get-bucket-policy} / {@code get-key-policy} print for the file. */
    static ImportedFile asCliOutput(ImportedFile file, Design design) {
        String alias = file.name().replaceAll("-(trust|role)-policy\\.json$", "");
        Writer writer = design.writers().stream().filter(w -> w.alias().equals(alias)).findFirst().orElse(null);
        String text;
        if (writer != null && file.name().endsWith("-trust-policy.json")) {
            String encoded = URLEncoder.encode(file.text(), StandardCharsets.UTF_8).replace("+", "%20");
            text = "{\"Role\": {\"Path\": \"" + writer.rolePath() + "\", \"RoleName\": \"" + writer.roleName()
                    + "\", \"AssumeRolePolicyDocument\": \"" + encoded + "\"}}";
        } else if (writer != null) {
            text = "{\"RoleName\": \"" + writer.roleName() + "\", \"PolicyName\": \"s3-cross-account-put\",\n\"PolicyDocument\": "
                    + file.text() + "}";
        } else {
            text = "{\n  \"Policy\": " + quoted(file.text()) + "\n}";
        }
        return new ImportedFile(file.name(), file.displayName(), text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static List<ImportedFile> policyFiles(Design design) {
        return PolicyGenerator.generate(design).all().stream()
                .map(f -> new ImportedFile(f.fileName(), "policies/" + f.fileName(), f.text())).toList();
    }

    /** The design as its policy documents alone show it. */
    static Design sayable(Design design) {
        Design unmanaged = design.withBucket(design.bucket().withManage(false).withManageOwnershipControls(false))
                .withName(DesignDefaults.UNNAMED_DESIGN_NAME)
                .withBucketOwner(new BucketOwner(DesignDefaults.OWNER_ALIAS, design.bucketOwner().accountId(), ""))
                .withWriters(design.writers().stream().map(w -> w.withTerraformProvider("")).toList());
        unmanaged = unmanaged.withOptions(unmanaged.options().withTerraformStyle(TerraformStyle.JSONENCODE)
                .withTerraformValues(TerraformValues.LITERALS).withWriterFiles(WriterFiles.PER_ACCOUNT));
        boolean regionShown = policyFiles(design).stream().anyMatch(f -> f.text().contains(":" + design.region() + ":"));
        if (!regionShown) {
            unmanaged = unmanaged.withRegion(DesignDefaults.REGION);
        }
        return ImportedDesigns.visible(unmanaged).withExisting(shownExisting(design));
    }

    /**
     * The existing policies as the generated files show them: a kept statement whose Sid the grant
     * uses is replaced by the grant's (decision 0029), so only the others can come back.
     */
    static ExistingPolicies shownExisting(Design design) {
        GeneratedPolicies all = PolicyGenerator.generate(design);
        GeneratedPolicies grant = PolicyGenerator.generate(design.withExisting(ExistingPolicies.none()));
        ExistingPolicies out = ExistingPolicies.none();
        List<Statement> bucket = others(all.bucketPolicy().document(), grant.bucketPolicy().document());
        if (!bucket.isEmpty()) {
            out = out.withBucketPolicy(PolicyJson.write(PolicyDocument.of(bucket)));
        }
        if (design.existing().hasKeyPolicy()) {
            List<Statement> key = others(all.keyPolicy().orElseThrow().document(), grant.keyPolicy().orElseThrow().document());
            out = key.isEmpty() ? out : out.withKeyPolicy(PolicyJson.write(PolicyDocument.of(key)));
        }
        return out;
    }

    private static int statements(String policy) {
        return policy.isEmpty() ? 0 : PolicyJson.parse(policy).statements().size();
    }

    private static List<Statement> others(PolicyDocument merged, PolicyDocument grant) {
        return merged.statements().stream().filter(s -> !grant.statements().contains(s)).toList();
    }
}
