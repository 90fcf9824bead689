package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Language;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.Statement;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Coverage, documentation links and design values of the explanations, for every golden design and language. */
class ExplainerTest {

    private static final List<String> WRITER_A = List.of("data.aws_region.account_a", "aws_iam_role.writer_a",
            "aws_iam_role_policy.writer_a");
    private static final List<String> OWNER = List.of("data.aws_region.account_b", "aws_s3_bucket.main", "aws_s3_bucket_ownership_controls.main",
            "aws_s3_bucket_public_access_block.main", "aws_s3_bucket_server_side_encryption_configuration.main",
            "aws_s3_bucket_policy.main");
    private static final List<String> KEY = List.of("aws_kms_key.main", "aws_kms_alias.main");

    /** The Terraform addresses each golden design must explain, written out rather than derived. */
    private static final Map<String, List<String>> ADDRESSES = Map.ofEntries(
            Map.entry("ecsOnly", concat(WRITER_A, OWNER)),
            Map.entry("services", concat(WRITER_A, OWNER)),
            Map.entry("threeWriters", concat(WRITER_A,
                    List.of("data.aws_region.account_c", "aws_iam_role.writer_c", "aws_iam_role_policy.writer_c",
                            "data.aws_region.account_d", "aws_iam_role.writer_d", "aws_iam_role_policy.writer_d"), OWNER)),
            Map.entry("kmsExistingKey", concat(WRITER_A, OWNER)),
            Map.entry("kmsManagedKey", concat(WRITER_A, OWNER, KEY)),
            Map.entry("kmsManagedKeyPolicyDocuments", concat(WRITER_A, OWNER, KEY, List.of(
                    "data.aws_iam_policy_document.writer_a_trust", "data.aws_iam_policy_document.writer_a_role",
                    "data.aws_iam_policy_document.key_policy", "data.aws_iam_policy_document.bucket_policy"))),
            Map.entry("roleArn", concat(WRITER_A, OWNER)),
            Map.entry("noOrganization", concat(WRITER_A, OWNER)),
            Map.entry("awsCn", concat(WRITER_A, OWNER)),
            Map.entry("existingBucket", concat(WRITER_A, List.of("data.aws_region.account_b",
                    "aws_s3_bucket_ownership_controls.main", "aws_s3_bucket_policy.main"))),
            Map.entry("existingBucketOwnershipUnset", concat(WRITER_A,
                    List.of("data.aws_region.account_b", "aws_s3_bucket_policy.main"))),
            Map.entry("bucketOwnerPreferred", concat(WRITER_A, OWNER)),
            Map.entry("literalWildcards", concat(WRITER_A, OWNER, KEY)),
            Map.entry("firehose", concat(WRITER_A, OWNER)),
            Map.entry("firehoseAclsEnabled", concat(WRITER_A, OWNER)),
            Map.entry("ec2", concat(WRITER_A, List.of("aws_iam_instance_profile.writer_a"), OWNER)),
            Map.entry("scheduler", concat(WRITER_A, OWNER)),
            Map.entry("cnSuffix", concat(WRITER_A, OWNER)));

    static Stream<Arguments> designs() {
        return GoldenDesigns.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> designsAndLanguages() {
        return GoldenDesigns.all().entrySet().stream().flatMap(e -> Stream.of(Language.values())
                .map(l -> Arguments.of(e.getKey(), e.getValue(), l)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyStatementOfEveryDocumentIsExplainedBySidInOrder(String name, Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        Explanations explanations = Explainer.explain(design, policies);
        for (PolicyFile file : policies.all()) {
            assertThat(section(explanations, file.fileName()).explanations())
                    .extracting(Explanation::subject)
                    .containsExactlyElementsOf(file.document().statements().stream().map(Statement::sid).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyTerraformResourceAndDataSourceIsExplainedByAddress(String name, Design design) {
        Explanations explanations = Explainer.explain(design, PolicyGenerator.generate(design));
        List<String> explained = explanations.sections().stream().filter(s -> s.document().endsWith(".tf"))
                .flatMap(s -> s.explanations().stream()).map(Explanation::subject).toList();
        assertThat(explained).containsExactlyInAnyOrderElementsOf(ADDRESSES.get(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyExplanationLinksOfficialAwsDocumentation(String name, Design design) {
        Explanations explanations = Explainer.explain(design, PolicyGenerator.generate(design));
        assertThat(explanations.overview().docUrls()).isNotEmpty().isSubsetOf(DocLinks.EXPLANATION_PAGES);
        for (Explanation e : explanations.all()) {
            assertThat(e.links()).as(e.subject()).isNotEmpty()
                    .allMatch(url -> url.startsWith("https://docs.aws.amazon.com/"))
                    .isSubsetOf(DocLinks.EXPLANATION_PAGES);
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("designsAndLanguages")
    void everyMessageRendersWithoutMissingKeysOrLeftoverPlaceholders(String name, Design design, Language language) {
        String markdown = MarkdownRenderer.render(Explainer.explain(design, PolicyGenerator.generate(design)),
                Localizer.of(language));
        assertThat(markdown).doesNotContain("!explain.").doesNotContainPattern("\\{\\d").doesNotContain("''")
                .doesNotContain("(not set)").doesNotContain("(未設定)");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("designsAndLanguages")
    void statementExplanationsNameTheDesignValuesTheyReferTo(String name, Design design, Language language) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        Explanations explanations = Explainer.explain(design, policies);
        MessageText t = new MessageText(Localizer.of(language), false);
        for (PolicyFile file : policies.all()) {
            for (Explanation e : section(explanations, file.fileName()).explanations()) {
                Statement statement = file.document().statement(e.subject()).orElseThrow();
                String text = text(t, e);
                statement.resources().forEach(r -> assertThat(text).as(e.subject()).contains(r));
                if (statement.principal() != null) {
                    statement.principal().services().forEach(sp -> assertThat(text).as(e.subject()).contains(sp));
                }
                for (int i = 0; i < e.conditions().size(); i++) {
                    ConditionNote note = e.conditions().get(i);
                    assertThat(note.key()).isEqualTo(statement.conditions().get(i).key());
                    String what = t.render(note.what());
                    note.values().forEach(v -> assertThat(what).as(e.subject() + " " + note.key()).contains(v));
                }
                Writer writer = writerNamedIn(design, e.subject(), file);
                if (writer != null) {
                    assertThat(text).as(e.subject()).contains(Arns.role(design, writer));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("designsAndLanguages")
    void resourceExplanationsNameTheDesignValuesTheyReferTo(String name, Design design, Language language) {
        Explanations explanations = Explainer.explain(design, PolicyGenerator.generate(design));
        MessageText t = new MessageText(Localizer.of(language), false);
        for (Explanation e : explanations.all()) {
            String text = text(t, e);
            String subject = e.subject();
            if (subject.startsWith("aws_iam_role.writer_")) {
                assertThat(text).contains(Arns.role(design, writerOfAddress(design, subject)));
            } else if (subject.equals("aws_s3_bucket.main")) {
                assertThat(text).contains(design.bucket().name(), design.region());
            } else if (subject.equals("aws_s3_bucket_ownership_controls.main")) {
                assertThat(text).contains(design.bucket().name(), design.bucket().objectOwnership().name());
            } else if (subject.equals("aws_s3_bucket_server_side_encryption_configuration.main")) {
                assertThat(text).contains(design.bucket().name(), design.bucket().encryption().kmsKeyArn());
            } else if (subject.equals("aws_s3_bucket_policy.main") || subject.equals("aws_s3_bucket_public_access_block.main")) {
                assertThat(text).contains(design.bucket().name());
            } else if (subject.equals("aws_kms_alias.main")) {
                assertThat(text).contains("alias/" + design.bucket().name());
            }
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("designsAndLanguages")
    void overviewNamesTheAccountsBucketPartitionRegionAndServices(String name, Design design, Language language) {
        Overview overview = Explainer.explain(design, PolicyGenerator.generate(design)).overview();
        MessageText t = new MessageText(Localizer.of(language), false);
        String text = String.join("\n", Stream.of(overview.requestPath(), overview.applyOrder(), overview.outsideControls())
                .flatMap(List::stream).map(t::render).toList());
        assertThat(text).contains(design.bucket().name(), design.bucketOwner().accountId(), design.partition().id(),
                design.region());
        for (Writer w : design.writers()) {
            assertThat(text).contains(w.accountId(), Arns.role(design, w));
            w.principals().trustedServices().forEach(sp -> assertThat(text).contains(sp));
        }
        if (design.orgGuarded()) {
            assertThat(text).contains(design.organizationId());
        }
    }

    /** The writer whose role a statement names: the owner of a trust or role policy, or the alias in a Sid. */
    private static Writer writerNamedIn(Design design, String sid, PolicyFile file) {
        for (Writer w : design.writers()) {
            if (w.alias().equals(file.ownerAlias()) || sid.endsWith("From" + w.alias())) {
                return w;
            }
        }
        return null;
    }

    private static Writer writerOfAddress(Design design, String address) {
        return design.writers().stream().filter(w -> address.endsWith("writer_" + w.alias().toLowerCase()))
                .findFirst().orElseThrow();
    }

    /** Everything an explanation says, in plain text. */
    static String text(MessageText t, Explanation e) {
        List<String> parts = new ArrayList<>(List.of(t.render(e.what()), t.render(e.why()), t.render(e.ifRemoved())));
        e.notes().forEach(n -> parts.add(t.render(n)));
        e.conditions().forEach(c -> parts.addAll(List.of(t.render(c.what()), t.render(c.why()), t.render(c.ifRemoved()))));
        return String.join("\n", parts);
    }

    static DocumentSection section(Explanations explanations, String document) {
        return explanations.sections().stream().filter(s -> s.document().equals(document)).findFirst().orElseThrow();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
