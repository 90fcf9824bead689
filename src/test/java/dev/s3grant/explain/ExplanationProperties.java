package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Language;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Options;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Principals;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.Statement;
import dev.s3grant.terraform.TerraformGenerator;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the choices, every statement and resource is explained, documented and renders in both languages. */
class ExplanationProperties {

    @Property(tries = 300)
    void everyGeneratedStatementAndResourceIsExplainedWithDocumentation(@ForAll("designs") Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        Explanations explanations = Explainer.explain(design, policies);
        List<String> expected = new ArrayList<>();
        for (PolicyFile file : policies.all()) {
            file.document().statements().stream().map(Statement::sid).forEach(expected::add);
        }
        for (GeneratedFile file : TerraformGenerator.generate(design, policies).documents()) {
            if (file.kind() == FileKind.TERRAFORM_ACCOUNT) {
                file.topLevel(ElementKind.BLOCK).forEach(e -> expected.add(e.id()));
            }
        }
        assertThat(explanations.subjects()).containsExactlyElementsOf(expected);
        assertThat(explanations.all()).allMatch(e -> !e.links().isEmpty());
        for (Language language : Language.values()) {
            String text = TextRenderer.render(explanations, Localizer.of(language));
            assertThat(text).doesNotContain("!explain.").doesNotContainPattern("\\{\\d").doesNotContain("`");
        }
    }

    @Provide
    Arbitrary<Design> designs() {
        Arbitrary<Bucket> bucket = Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of("incoming/", "a/", "b/").list().ofMaxSize(3).uniqueElements(),
                Arbitraries.of(ObjectOwnership.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                encryption()).as(
                        (manage, prefixes, ownership, bpa, tls, enc) ->
                                new Bucket("ingest-bucket", manage, prefixes, ownership, bpa, tls, enc));
        Arbitrary<Options> options = Combinators.combine(
                Arbitraries.of(PrincipalStyle.class), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(TerraformStyle.class)).as(
                        (style, org, deputy, tf) -> new Options(style, org, deputy, tf, TerraformValues.VARIABLES));
        return Combinators.combine(
                Arbitraries.of(Partition.class), Arbitraries.of("", "o-a1b2c3d4e5"), bucket,
                writer("A", "111111111111").list().ofMinSize(1).ofMaxSize(3), options).as(
                        (partition, org, b, writers, o) -> new Design(1, "property", partition, "eu-west-1", org,
                                new BucketOwner("B", "222222222222", ""), b, renamed(writers), o));
    }

    private static Arbitrary<Encryption> encryption() {
        return Combinators.combine(Arbitraries.of(EncryptionType.class),
                Arbitraries.of("", "arn:aws:kms:eu-west-1:222222222222:key/abcd"),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Encryption::new);
    }

    private static Arbitrary<Writer> writer(String alias, String account) {
        List<String> known = ServiceCatalog.entries().stream().map(ServiceCatalog.Entry::principal).toList();
        List<String> candidates = new ArrayList<>(known);
        candidates.add("example.amazonaws.com");
        Arbitrary<Principals> principals = Arbitraries.oneOf(
                Arbitraries.just(Principals.ecsOnly()),
                Arbitraries.of(candidates).list().ofMaxSize(5).uniqueElements()
                        .map(s -> new Principals(PrincipalMode.SERVICES, s)));
        return Combinators.combine(principals, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of("/", "/team/")).as((p, abort, tag, path) ->
                        new Writer(alias, account, "writer-role", path, p, abort, tag, ""));
    }

    /** Distinct aliases and accounts: A, C, D... */
    private static List<Writer> renamed(List<Writer> writers) {
        List<Writer> out = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            String alias = String.valueOf((char) ('A' + (i == 0 ? 0 : i + 1)));
            out.add(writers.get(i).withAlias(alias).withAccountId(String.valueOf(i + 3).repeat(12)));
        }
        return out;
    }
}
