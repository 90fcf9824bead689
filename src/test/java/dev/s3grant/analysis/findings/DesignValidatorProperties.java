package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
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
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Localizer;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a design holds, the validator answers with well-formed findings and never throws. */
class DesignValidatorProperties {

    private static final Properties ENGLISH = FindingsBundleTest.load("findings.properties");

    @Property(tries = 400)
    void validatorNeverThrowsAndKeepsItsOrder(@ForAll("designs") Design design) {
        List<Finding> findings = DesignValidator.validate(design, PolicyGenerator.generate(design));

        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(FindingOrder.COMPARATOR);
        assertThat(findings).isEqualTo(sorted);
    }

    @Property(tries = 400)
    void everyFindingMatchesItsRuleAndRendersInBothLanguages(@ForAll("designs") Design design) {
        for (Finding f : DesignValidator.validate(design, PolicyGenerator.generate(design))) {
            Rule rule = RuleCatalog.find(f.code()).orElseThrow();
            assertThat(f.severity()).isEqualTo(rule.severity());
            assertThat(f.message().key()).isEqualTo(rule.messageKey());
            assertThat(f.docUrl()).isEqualTo(rule.docUrl());
            assertThat(f.location().text()).isNotEmpty();
            String pattern = ENGLISH.getProperty(rule.messageKey());
            assertThat(f.message().args()).as(f.code())
                    .hasSize(new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length);
            assertThat(Localizer.of(Language.EN).render(f.message())).doesNotStartWith("!");
            assertThat(Localizer.of(Language.JA).render(f.message())).doesNotStartWith("!");
        }
    }

    /** Valid values, typical mistakes, and anything at all, mixed. */
    private static Arbitrary<String> text(String... samples) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(samples)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("aA0-_./*?${}:").ofMaxLength(12)));
    }

    private static Arbitrary<String> accountIds() {
        return text("111111111111", "222222222222", "012345678901", "1111", "", "*");
    }

    private static Arbitrary<String> aliases() {
        return text("A", "B", "a", "A-", "team-a", "team_a", "", "チーム");
    }

    private static Arbitrary<Writer> writers() {
        Arbitrary<Principals> principals = Combinators.combine(
                Arbitraries.of(PrincipalMode.class),
                text("ecs-tasks.amazonaws.com", "batch.amazonaws.com", "lambda.amazonaws.com", "states.amazonaws.com",
                        "scheduler.amazonaws.com", "pipes.amazonaws.com", "ecs-tasks.amazonaws.com.cn",
                        "firehose.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks", "").list().ofMaxSize(4))
                .as(Principals::new);
        return Combinators.combine(
                aliases(),
                accountIds(),
                text("ecs-cross-account-s3-role", "AWSReservedSSO_X_1", "bad role", ""),
                text("/", "", "/service-role/", "service", "/aws-reserved/sso.amazonaws.com/"),
                principals,
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                text("", "aws", "aws.a", "provider.aws"))
                .as(Writer::new);
    }

    private static Arbitrary<Bucket> buckets() {
        Arbitrary<Encryption> encryption = Combinators.combine(
                Arbitraries.of(EncryptionType.class),
                text("", "alias/aws/s3", "alias/x", "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        "arn:aws-cn:kms:cn-north-1:333333333333:key/mrk-1234abcd12ab34cd56ef1234567890ab"),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
                .as(Encryption::new);
        return Combinators.combine(
                text("central-ingest-222222222222", "ab", "192.168.0.1", "xn--x", "Bad_Name", "a..b"),
                Arbitraries.of(true, false),
                text("incoming/", "incoming", "/in/", "in", "*", "", "${x}").list().ofMaxSize(5),
                Arbitraries.of(ObjectOwnership.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                encryption)
                .as(Bucket::new);
    }

    @Provide
    Arbitrary<Design> designs() {
        Arbitrary<Options> options = Combinators.combine(
                Arbitraries.of(PrincipalStyle.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(TerraformStyle.class),
                Arbitraries.of(TerraformValues.class))
                .as(Options::new);
        Arbitrary<BucketOwner> owners = Combinators.combine(aliases(), accountIds(), text("", "aws.b", "x y"))
                .as(BucketOwner::new);
        return Combinators.combine(
                Arbitraries.of(Partition.class),
                text("ap-northeast-1", "cn-north-1", "us-gov-west-1", "tokyo", ""),
                text("o-a1b2c3d4e5", "", "o-x"),
                owners,
                buckets(),
                writers().list().ofMaxSize(4),
                options)
                .as((partition, region, org, owner, bucket, writers, opts) ->
                        new Design(Design.FORMAT_VERSION, "random", partition, region, org, owner, bucket, writers, opts));
    }
}
