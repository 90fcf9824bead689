package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.document.BlockRole;
import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.Statement;
import dev.s3grant.testing.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The elements the Terraform writers record are the blocks, statements and values the files hold, where they are. */
class TerraformElementsTest {

    /** Every top-level block of every generated file is an element with the parser's address and range. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void topLevelBlocksAreElementsWithTheParsersRanges(String name) {
        for (TerraformStyle style : TerraformStyle.values()) {
            Design design = styled(TestDesigns.load(name), style);
            for (GeneratedFile file : TerraformGenerator.generate(design, PolicyGenerator.generate(design)).documents()) {
                if (file.kind() == FileKind.TERRAFORM_VALUES) {
                    continue;
                }
                List<String> parsed = new ArrayList<>();
                for (HclBlock b : HclParser.parse(file.text()).body().blocks()) {
                    String address = b.type().equals("resource") ? String.join(".", b.labels()) : b.address();
                    parsed.add(address + "@" + b.range().startOffset() + ".." + b.range().endOffset());
                }
                List<String> recorded = file.elements().stream().filter(FileElement::topLevel)
                        .map(e -> e.id() + "@" + e.start() + ".." + e.end()).toList();
                assertThat(recorded).as("%s %s %s", name, style, file.path()).isEqualTo(parsed);
            }
        }
    }

    /** In policy-document style each statement block is a STATEMENT element of its data source, named by its Sid. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void policyDocumentStatementsAreElementsOfTheirDataSource(String name) {
        Design design = styled(TestDesigns.load(name), TerraformStyle.POLICY_DOCUMENT);
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        TerraformNames names = new TerraformNames(design);
        GeneratedFile owner = TerraformGenerator.generate(design, policies).document(names.ownerFile()).orElseThrow();
        String parent = "data.aws_iam_policy_document." + OwnerAccountFile.BUCKET_POLICY_DATA;
        List<String> expected = policies.bucketPolicy().document().statements().stream()
                .map(Statement::sid).filter(sid -> !sid.isEmpty()).map(sid -> parent + "/" + sid).toList();
        List<FileElement> statements = owner.elements().stream()
                .filter(e -> e.kind() == ElementKind.STATEMENT && e.parent().equals(parent)).toList();
        assertThat(statements).extracting(FileElement::id).isEqualTo(expected);
        FileElement block = owner.element(parent).orElseThrow();
        for (FileElement s : statements) {
            assertThat(owner.textOf(s)).startsWith("  statement {").endsWith("}")
                    .containsPattern("\n {4}sid +=\\s\"" + s.id().substring(parent.length() + 1) + "\"\n");
            assertThat(s.start()).isGreaterThan(block.start());
            assertThat(s.end()).isLessThan(block.end());
        }
    }

    @Test
    void eachBlockOfAnAccountFileCarriesItsRoleAndItsWriter() {
        Design design = styled(TestDesigns.load(TestDesigns.NAMES.get(0)), TerraformStyle.POLICY_DOCUMENT);
        TerraformFiles files = TerraformGenerator.generate(design, PolicyGenerator.generate(design));
        TerraformNames names = new TerraformNames(design);
        GeneratedFile writer = files.document(names.writerFile(0)).orElseThrow();
        assertThat(writer.topLevel(ElementKind.BLOCK)).extracting(e -> e.role().orElseThrow()).startsWith(
                BlockRole.REGION_CHECK, BlockRole.WRITER_TRUST_DOCUMENT, BlockRole.WRITER_ROLE,
                BlockRole.WRITER_ROLE_DOCUMENT, BlockRole.WRITER_ROLE_POLICY);
        assertThat(writer.topLevel(ElementKind.BLOCK)).extracting(FileElement::writer).containsOnly(OptionalInt.of(0));
        assertThat(writer.element(names.writerRoleAddress(0)).orElseThrow().role()).contains(BlockRole.WRITER_ROLE);
        GeneratedFile owner = files.document(names.ownerFile()).orElseThrow();
        assertThat(owner.topLevel(ElementKind.BLOCK)).extracting(FileElement::writer).containsOnly(OptionalInt.empty());
        assertThat(owner.element(TerraformNames.BUCKET_POLICY_ADDRESS).orElseThrow().role()).contains(BlockRole.BUCKET_POLICY);
    }

    @Test
    void ownersBlocksComeInTheOrderTheyAreApplied() {
        Design design = styled(TestDesigns.load("kms-managed-key"), TerraformStyle.POLICY_DOCUMENT);
        GeneratedFile owner = TerraformGenerator.generate(design, PolicyGenerator.generate(design))
                .document(new TerraformNames(design).ownerFile()).orElseThrow();
        assertThat(owner.topLevel(ElementKind.BLOCK)).extracting(FileElement::role).extracting(r -> r.orElseThrow())
                .containsExactly(BlockRole.REGION_CHECK, BlockRole.BUCKET, BlockRole.OWNERSHIP_CONTROLS,
                        BlockRole.PUBLIC_ACCESS_BLOCK, BlockRole.KEY_POLICY_DOCUMENT, BlockRole.KMS_KEY,
                        BlockRole.KMS_ALIAS, BlockRole.ENCRYPTION, BlockRole.BUCKET_POLICY_DOCUMENT, BlockRole.BUCKET_POLICY);
    }

    @Test
    void variablesAndValuesAreElements() {
        Design design = TestDesigns.load(TestDesigns.NAMES.get(0));
        design = design.withOptions(design.options().withTerraformValues(dev.s3grant.model.TerraformValues.VARIABLES));
        TerraformFiles files = TerraformGenerator.generate(design, PolicyGenerator.generate(design));
        GeneratedFile variables = files.document(VariablesFile.VARIABLES).orElseThrow();
        GeneratedFile values = files.document(VariablesFile.VALUES).orElseThrow();
        assertThat(variables.elements()).allMatch(e -> e.kind() == ElementKind.VARIABLE);
        List<String> declared = variables.elements().stream().map(e -> e.id().substring("variable.".length())).toList();
        assertThat(values.elements()).extracting(FileElement::kind).containsOnly(ElementKind.VALUE);
        assertThat(values.elements()).extracting(FileElement::id).isEqualTo(declared);
        for (FileElement v : values.elements()) {
            assertThat(values.textOf(v)).startsWith(v.id() + " ").doesNotContain("\n");
        }
    }

    @Test
    void collidingAliasesGetNumberedAddresses() {
        Design design = TestDesigns.load(TestDesigns.NAMES.get(0));
        design = design.withWriters(List.of(design.writers().get(0).withAlias("team-a"),
                design.writers().get(0).withAlias("team_a").withAccountId("333333333333")));
        TerraformNames names = new TerraformNames(design);
        assertThat(names.writerRoleAddress(1)).isEqualTo("aws_iam_role.writer_team_a_2");
        assertThat(TerraformGenerator.generate(design, PolicyGenerator.generate(design))
                .document(names.writerFile(1)).orElseThrow().element("aws_iam_role.writer_team_a_2")).isPresent();
    }

    private static Design styled(Design design, TerraformStyle style) {
        return design.withOptions(design.options().withTerraformStyle(style));
    }
}
