package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Principals;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile text in every free-text field of a design (quotes, backslashes, <code>${</code>,
 * <code>%{</code>, their escaped forms, line breaks, control characters, comment markers, heredoc
 * markers, non-ASCII): every generated file still parses, keeps the fmt layout and its two header
 * lines, and every value comes back unchanged.
 */
class HostileInputProperties {

    private static final List<String> FRAGMENTS = List.of(
            "\"", "\\", "${", "%{", "$${", "%%{", "$", "%", "{", "}", "}\"", "${var.x}", "%{ if true }",
            "\n", "\r\n", "\r", "\t", "\u0000", "\u001b", "\u007f", "\u0085", "\u2028", "\ufeff",
            "#", "//", "/*", "*/", "<<EOT\n", "EOT", "\\u0024", "\\n", "=", " ", "a", "B9", "-", "/", ".",
            "日本語", "😀", "\uE000", "\uE001", "\uE0000\uE001");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Design> designs() {
        Arbitrary<String> text = hostile();
        Arbitrary<Writer> writers = Combinators.combine(text, text, text, text, text.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of("", "aws.writer", "aws.a-b_c", "aws. x", "aws.\"x\""))
                .as((alias, account, role, path, services, provider) -> new Writer(alias, account, role, path,
                        new Principals(PrincipalMode.SERVICES, services), true, false, provider));
        Arbitrary<Design> base = Combinators.combine(text, text, text, text, text, text.list().ofMaxSize(2), text,
                        writers.list().ofMinSize(1).ofMaxSize(2))
                .as((name, region, org, ownerAlias, bucketName, prefixes, keyArn, ws) -> {
                    Design example = DesignFiles.example();
                    Bucket bucket = example.bucket().withName(bucketName).withKeyPrefixes(prefixes)
                            .withEncryption(new Encryption(EncryptionType.SSE_KMS, keyArn, false, true));
                    return example.withName(name).withRegion(region).withOrganizationId(org)
                            .withBucketOwner(example.bucketOwner().withAlias(ownerAlias).withAccountId(org + region))
                            .withBucket(bucket).withWriters(ws);
                });
        return Combinators.combine(base, Arbitraries.of(TerraformStyle.values()), Arbitraries.of(TerraformValues.values()),
                        Arbitraries.of(PrincipalStyle.values()), Arbitraries.of(EncryptionType.values()),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of("", "aws.owner", "a b"))
                .as((d, style, values, principals, encryption, manage, manageKey, ownerProvider) -> d
                        .withBucketOwner(d.bucketOwner().withTerraformProvider(ownerProvider))
                        .withBucket(d.bucket().withManage(manage).withEncryption(
                                d.bucket().encryption().withType(encryption).withManageKey(manageKey)))
                        .withOptions(d.options().withTerraformStyle(style).withTerraformValues(values)
                                .withPrincipalStyle(principals)));
    }

    @Property(tries = 200)
    void everyFileParsesAndEveryValueComesBack(@ForAll("designs") Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        TerraformFiles files = TerraformGenerator.generate(design, policies);
        TerraformModule module = new TerraformModule(files);

        ReadBackChecks.policiesMatch(design, policies, module);
        ReadBackChecks.settingsMatch(design, module);
        TerraformNames names = new TerraformNames(design);
        if (design.options().terraformValues() == TerraformValues.VARIABLES) {
            for (TerraformVariable v : VariableCatalog.of(design, names)) {
                if (module.values.containsKey(v.name())) {
                    assertThat(module.values.get(v.name())).as("tfvars value of %s", v.name()).isEqualTo(v.value());
                    HclBlock declared = module.block("variable." + v.name());
                    assertThat(module.evaluate(declared, "description")).isEqualTo(v.description());
                }
            }
        }
        files.files().forEach((name, text) -> {
            assertThat(FmtRules.violations(text)).as("%s:%n%s", name, text).isEmpty();
            String[] lines = text.split("\n", -1);
            assertThat(lines[0]).as(name).startsWith("# S3 Grant Designer, design \"");
            assertThat(lines[1]).as(name).startsWith("# Apply order: ");
        });
    }

    @Property(tries = 60)
    void aProviderReferenceIsWrittenOnlyWhenItIsOne(@ForAll("designs") Design design) {
        TerraformFiles files = TerraformGenerator.generate(design, PolicyGenerator.generate(design));
        TerraformModule module = new TerraformModule(files);
        TerraformNames names = new TerraformNames(design);
        ProviderReference owner = new ProviderReference(design.bucketOwner().terraformProvider());
        for (HclBlock block : module.file(names.ownerFile()).body().blocks()) {
            assertThat(block.body().attribute("provider").isPresent()).as(block.address()).isEqualTo(owner.isValid());
        }
        assertThat(files.content(names.ownerFile()).orElseThrow().contains("is not a Terraform reference"))
                .isEqualTo(owner.isMalformed());
    }
}
