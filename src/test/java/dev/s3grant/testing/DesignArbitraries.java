package dev.s3grant.testing;

import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid designs for property tests: every value passes docs/aws-rules.md#identifier-formats, aliases are unique. */
public final class DesignArbitraries {

    private DesignArbitraries() {
    }

    public static Arbitrary<String> accountIds() {
        return Arbitraries.strings().numeric().ofLength(12);
    }

    public static Arbitrary<String> roleNames() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-")
                .ofMinLength(1).ofMaxLength(64);
    }

    public static Arbitrary<String> rolePaths() {
        return Arbitraries.of("/", "/workloads/", "/team-a/ingest/", "/service-role/");
    }

    public static Arbitrary<String> bucketNames() {
        Arbitrary<String> middle = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(40);
        return middle.map(m -> "b" + m.replace("--", "-") + "9");
    }

    public static Arbitrary<List<String>> prefixes() {
        Arbitrary<String> prefix = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(12)
                .map(p -> p + "/");
        return prefix.list().ofMaxSize(3).uniqueElements()
                .filter(list -> list.stream().noneMatch(a -> list.stream().anyMatch(b -> !a.equals(b) && b.startsWith(a))));
    }

    public static Arbitrary<Principals> principals() {
        Arbitrary<String> principal = Combinators.combine(Arbitraries.of(ServiceCatalog.entries()),
                        Arbitraries.integers().between(0, 4))
                .as((entry, n) -> n == 0 ? entry.principal() + ".cn" : entry.principal());
        Arbitrary<List<String>> services = principal.list().ofMinSize(1).ofMaxSize(5).uniqueElements();
        return Arbitraries.oneOf(
                Arbitraries.just(Principals.ecsOnly()),
                services.map(s -> new Principals(PrincipalMode.SERVICES, s)));
    }

    public static Arbitrary<Writer> writers() {
        return Combinators.combine(accountIds(), roleNames(), rolePaths(), principals(),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((account, role, path, principals, abort, tagging) ->
                        new Writer("A", account, role, path, principals, abort, tagging, ""));
    }

    public static Arbitrary<Encryption> encryptions() {
        Arbitrary<Encryption> kms = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((manage, bucketKey) -> new Encryption(EncryptionType.SSE_KMS,
                        manage ? "" : "arn:aws:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        manage, bucketKey));
        return Arbitraries.oneOf(Arbitraries.just(Encryption.sseS3()), kms);
    }

    public static Arbitrary<Options> options() {
        return Combinators.combine(Arbitraries.of(PrincipalStyle.values()), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(TerraformStyle.values()), Arbitraries.of(TerraformValues.values()))
                .as(Options::new);
    }

    public static Arbitrary<Bucket> buckets() {
        return Combinators.combine(bucketNames(), Arbitraries.of(true, false), prefixes(), Arbitraries.of(ObjectOwnership.values()),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), encryptions(), Arbitraries.of(true, false))
                .as(Bucket::new);
    }

    /** A valid design with one to four writers whose aliases are A, A2, A3, A4. */
    public static Arbitrary<Design> designs() {
        Arbitrary<List<Writer>> writers = writers().list().ofMinSize(1).ofMaxSize(4).map(DesignArbitraries::renumber);
        Arbitrary<String> org = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(10).ofMaxLength(32).map(s -> "o-" + s));
        return Combinators.combine(Arbitraries.of(Partition.values()), Arbitraries.of("us-east-1", "eu-west-1", "ap-northeast-1"),
                        org, accountIds(), buckets(), writers, options())
                .as((partition, region, orgId, owner, bucket, ws, options) -> new Design(1, "random", partition, region, orgId,
                        new BucketOwner("B", owner, ""), bucket, ws, options));
    }

    private static List<Writer> renumber(List<Writer> writers) {
        List<Writer> out = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            out.add(writers.get(i).withAlias(i == 0 ? "A" : "A" + (i + 1)));
        }
        return out;
    }
}
