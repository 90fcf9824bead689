package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The inventory of docs/aws-rules.md#literal-wildcards: every value of a design that reaches an ARN or a condition and
 * that the policies do not escape (account and organization IDs, the Region, the bucket and role
 * names, the KMS key ARN, service principals) is refused with an ERROR at its own field when it
 * holds a {@code *}, {@code ?} or {@code $}. Key prefixes and role paths are escaped instead
 * (LiteralCharacterRulesTest, the golden design literal-wildcards).
 */
class LiteralCharacterProperties {

    private static final String KEY_ARN = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    /** A field, its valid value in the example, and how to set it. */
    record Field(String location, String value, BiFunction<Design, String, Design> set) {

        @Override
        public String toString() {
            return location;
        }
    }

    @Provide
    Arbitrary<Field> fields() {
        return Arbitraries.of(
                new Field("bucketOwner.accountId", "222222222222",
                        (d, v) -> d.withBucketOwner(d.bucketOwner().withAccountId(v))),
                new Field("writers[0].accountId", "111111111111",
                        (d, v) -> d.withWriters(List.of(d.writers().get(0).withAccountId(v)))),
                new Field("organizationId", "o-a1b2c3d4e5", Design::withOrganizationId),
                new Field("region", "ap-northeast-1", Design::withRegion),
                new Field("bucket.name", "central-ingest-222222222222",
                        (d, v) -> d.withBucket(d.bucket().withName(v))),
                new Field("writers[0].roleName", "ecs-cross-account-s3-role",
                        (d, v) -> d.withWriters(List.of(d.writers().get(0).withRoleName(v)))),
                new Field("bucket.encryption.kmsKeyArn", KEY_ARN,
                        (d, v) -> d.withBucket(d.bucket().withEncryption(d.bucket().encryption()
                                .withType(EncryptionType.SSE_KMS).withKmsKeyArn(v)))),
                new Field("writers[0].principals.services[0]", "ecs-tasks.amazonaws.com",
                        (d, v) -> d.withWriters(List.of(d.writers().get(0)
                                .withPrincipals(new Principals(PrincipalMode.SERVICES, List.of(v)))))));
    }

    @Provide
    Arbitrary<Character> specials() {
        return Arbitraries.of('*', '?', '$');
    }

    @Property(tries = 400)
    void aWildcardOrDollarInAValueThatIsNotEscapedIsAnErrorAtItsField(
            @ForAll("fields") Field field, @ForAll("specials") char special, @ForAll double where) {
        String valid = field.value();
        int at = (int) Math.floor(Math.abs(where) % 1.0 * (valid.length() + 1));
        String value = valid.substring(0, at) + special + valid.substring(at);

        Design design = field.set().apply(Validation.EXAMPLE, value);
        List<Finding> findings = Validation.validate(design);

        assertThat(Validation.validate(field.set().apply(Validation.EXAMPLE, valid)))
                .as("the valid value raises no error").noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings).as("%s = %s", field, value)
                .anyMatch(f -> f.severity() == Severity.ERROR && f.location().text().equals(field.location()));
    }
}
