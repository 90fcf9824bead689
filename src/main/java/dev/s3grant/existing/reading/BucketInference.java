package dev.s3grant.existing.reading;

import dev.s3grant.policy.LiteralText;
import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Message;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bucket the imported files mean: its name and key prefixes (the bucket resource, else the object ARNs
 * the first put statement grants), whether the files manage it, its object ownership, Block Public Access,
 * TLS deny and default encryption.
 */
final class BucketInference {

    private static final Pattern OBJECT_ARN = Pattern.compile("arn:[a-z-]+:s3:::([^/]+)/(.*)");

    private final ImportedBlocks read;

    BucketInference(ImportedBlocks read) {
        this.read = read;
    }

    /**
     * @param rolePolicies   the writers' identity policies
     * @param all            every statement read (bucket, trust, identity and key policies)
     * @param notRepresented where an unknown bucket name is reported
     */
    Bucket bucket(List<ImportedPolicy> rolePolicies, List<Statement> bucketStatements, List<Statement> all,
                  List<NotRepresented> notRepresented) {
        Optional<SourceBlock> bucketBlock = read.resource("aws_s3_bucket");
        List<String> prefixes = new ArrayList<>();
        String bucketName = bucketBlock.flatMap(b -> b.text("bucket"))
                .or(() -> read.resource("aws_s3_bucket_policy").flatMap(b -> b.text("bucket")))
                .or(() -> read.resource("aws_s3_bucket_ownership_controls").flatMap(b -> b.text("bucket")))
                .orElse("");
        for (Statement s : objectStatements(rolePolicies, bucketStatements)) {
            for (String resource : s.resources()) {
                Matcher m = OBJECT_ARN.matcher(resource);
                if (m.matches()) {
                    bucketName = bucketName.isEmpty() ? m.group(1) : bucketName;
                    String rest = m.group(2);
                    if (!rest.equals("*") && rest.endsWith("*")) {
                        prefixes.add(LiteralText.unescape(rest.substring(0, rest.length() - 1)));
                    }
                }
            }
            break;
        }
        if (bucketName.isEmpty()) {
            notRepresented.add(new NotRepresented("", 0, Message.of("import.bucket.unknown")));
        }

        boolean manage = bucketBlock.isPresent();
        Optional<SourceBlock> ownership = read.resource("aws_s3_bucket_ownership_controls");
        ObjectOwnership objectOwnership = ownership.flatMap(o -> o.block().body().blocks("rule").stream().findFirst())
                .flatMap(rule -> rule.body().attribute("object_ownership"))
                .flatMap(a -> SourceBlock.text(a.expression().value()))
                .flatMap(BucketInference::ownership).orElse(objectStatements(rolePolicies, List.of()).stream()
                        .anyMatch(st -> st.actions().contains("s3:PutObjectAcl"))
                        ? ObjectOwnership.BucketOwnerPreferred : DesignDefaults.OBJECT_OWNERSHIP);
        boolean manageOwnership = manage || ownership.isPresent();
        boolean blockPublic = manage ? read.resource("aws_s3_bucket_public_access_block").isPresent() : DesignDefaults.BLOCK_PUBLIC_ACCESS;
        boolean denyTls = bucketStatements.stream().anyMatch(s -> s.effect() == Effect.Deny
                && s.conditions().stream().anyMatch(c -> c.key().equals("aws:SecureTransport")));
        return new Bucket(bucketName, manage, prefixes.stream().distinct().sorted().toList(), objectOwnership, blockPublic, denyTls,
                encryption(all, manage), manageOwnership);
    }

    private static List<Statement> objectStatements(List<ImportedPolicy> rolePolicies, List<Statement> bucketStatements) {
        List<Statement> out = new ArrayList<>();
        rolePolicies.forEach(p -> p.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject")).forEach(out::add));
        bucketStatements.stream().filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject")).forEach(out::add);
        return out;
    }

    private Encryption encryption(List<Statement> all, boolean manage) {
        Optional<SourceBlock> sse = read.resource("aws_s3_bucket_server_side_encryption_configuration");
        if (sse.isPresent()) {
            var rule = sse.get().block().body().blocks("rule").stream().findFirst();
            var byDefault = rule.flatMap(r -> r.body().blocks("apply_server_side_encryption_by_default").stream().findFirst());
            String algorithm = byDefault.flatMap(d -> d.body().attribute("sse_algorithm"))
                    .flatMap(a -> SourceBlock.text(a.expression().value())).orElse("AES256");
            if (!algorithm.startsWith("aws:kms")) {
                return Encryption.sseS3();
            }
            boolean bucketKey = rule.flatMap(r -> r.body().attribute("bucket_key_enabled"))
                    .map(a -> a.expression().value() instanceof HclBool b && b.value()).orElse(false);
            var key = byDefault.flatMap(d -> d.body().attribute("kms_master_key_id")).map(a -> a.expression().value());
            boolean managed = key.filter(HclReference.class::isInstance).map(v -> ((HclReference) v).traversal().startsWith("aws_kms_key.")).orElse(false);
            String arn = managed ? "" : key.flatMap(SourceBlock::text).orElse("");
            return new Encryption(EncryptionType.SSE_KMS, arn, managed, bucketKey);
        }
        Optional<String> kmsKey = all.stream().filter(s -> s.actions().contains("kms:GenerateDataKey") && s.principal() == null)
                .flatMap(s -> s.resources().stream()).findFirst();
        if (!manage && kmsKey.isPresent()) {
            boolean created = read.resource("aws_kms_key").isPresent() || all.stream()
                    .anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().equals("kms:ResourceAliases")));
            String arn = created || kmsKey.get().endsWith("/*") ? "" : kmsKey.get();
            return new Encryption(EncryptionType.SSE_KMS, arn, created, DesignDefaults.BUCKET_KEY);
        }
        return Encryption.sseS3();
    }

    private static Optional<ObjectOwnership> ownership(String text) {
        return Arrays.stream(ObjectOwnership.values()).filter(o -> o.name().equals(text)).findFirst();
    }
}
