package dev.s3grant.existing.reading;

import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Message;
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
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.Statement;
import dev.s3grant.policy.WriterPolicies;
import dev.s3grant.hcl.HclReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the blocks and policies of imported files into a design by what they mean: the roles
 * with their trust and inline policies become writers, the bucket and its settings the bucket,
 * the conditions the guards. The design's own policies are then generated and every imported
 * statement placed against them; what does not fit is reported.
 */
final class DesignInference {

    private static final Set<String> COVERED = Set.of("aws_iam_role", "aws_iam_role_policy", "aws_iam_instance_profile",
            "aws_s3_bucket", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_public_access_block",
            "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_policy", "aws_kms_key", "aws_kms_alias",
            "aws_iam_policy_document", "aws_region", "aws_caller_identity", "aws_partition");
    private static final Pattern ACCOUNT_FILE = Pattern.compile("account_(.+)\\.tf");
    private static final Pattern REGION_CHECK = Pattern.compile("self\\.id\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern ROOT = Pattern.compile("arn:[a-z-]+:iam::([^:]*):root");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:[a-z-]+:iam::([^:]*):role(/.*)");
    private static final Pattern OBJECT_ARN = Pattern.compile("arn:[a-z-]+:s3:::([^/]+)/(.*)");
    private static final String INLINE_POLICY_NAME = "s3-cross-account-put";

    private final List<SourceBlock> blocks;
    private final TerraformPolicies policies;
    private final List<PolicyFileRead> jsonPolicies;
    private final List<NotRepresented> notRepresented;
    private final java.util.Map<String, dev.s3grant.hcl.HclValue> values;
    private final Set<String> usedStatements = new java.util.HashSet<>();

    DesignInference(List<SourceBlock> blocks, TerraformPolicies policies, List<PolicyFileRead> jsonPolicies,
                    List<NotRepresented> notRepresented, java.util.Map<String, dev.s3grant.hcl.HclValue> values) {
        this.blocks = blocks;
        this.values = values;
        this.policies = policies;
        this.jsonPolicies = jsonPolicies;
        this.notRepresented = new ArrayList<>(notRepresented);
    }

    /** True for a block the design speaks for (its meaning is read, or it is only a helper). */
    static boolean covers(SourceBlock block) {
        return (block.block().type().equals("resource") || block.block().type().equals("data"))
                && COVERED.contains(block.resourceType());
    }

    private record RoleRead(SourceBlock role, Optional<SourceBlock> inline, Optional<ImportedPolicy> trust,
                            Optional<ImportedPolicy> rolePolicy) {
    }

    ImportResult result() {
        Optional<ImportedPolicy> bucketPolicy = resource("aws_s3_bucket_policy").flatMap(b -> policy(b, "policy"))
                .or(() -> firstFile(DocumentKind.BUCKET_POLICY));
        Optional<ImportedPolicy> keyPolicy = resource("aws_kms_key").flatMap(b -> policy(b, "policy"))
                .or(() -> firstFile(DocumentKind.KEY_POLICY));
        List<FileRole> fileRoles = FileRole.pair(files(DocumentKind.TRUST_POLICY), files(DocumentKind.ROLE_POLICY));
        List<RoleRead> roles = new ArrayList<>();
        for (SourceBlock role : all("aws_iam_role")) {
            Optional<SourceBlock> inline = all("aws_iam_role_policy").stream()
                    .filter(p -> p.referenceIn("role").map(r -> r.startsWith(role.reference() + ".")).orElse(false)
                            || p.text("role").equals(role.text("name")))
                    .findFirst();
            roles.add(new RoleRead(role, inline, policy(role, "assume_role_policy"), inline.flatMap(p -> policy(p, "policy"))));
        }
        List<Statement> bucketStatements = bucketPolicy.map(p -> p.document().statements()).orElse(List.of());
        roles.sort(Comparator.comparingInt(r -> order(r, bucketStatements)));

        String partitionId = TerraformImporter.partitionIn(blocks.stream().map(b -> String.valueOf(b.block())).toList())
                .or(() -> TerraformImporter.partitionIn(jsonPolicies.stream().map(p -> PolicyJson.write(p.policy().document())).toList()))
                .orElse("aws");
        Partition partition = java.util.Arrays.stream(Partition.values()).filter(p -> p.id().equals(partitionId)).findFirst()
                .orElse(DesignDefaults.PARTITION);
        List<Statement> all = new ArrayList<>(bucketStatements);
        roles.forEach(r -> {
            r.trust().ifPresent(t -> all.addAll(t.document().statements()));
            r.rolePolicy().ifPresent(t -> all.addAll(t.document().statements()));
        });
        fileRoles.forEach(r -> {
            r.trust().ifPresent(t -> all.addAll(t.policy().document().statements()));
            r.rolePolicy().ifPresent(t -> all.addAll(t.policy().document().statements()));
        });
        keyPolicy.ifPresent(k -> all.addAll(k.document().statements()));
        List<ImportedPolicy> rolePolicies = new ArrayList<>();
        roles.forEach(r -> r.rolePolicy().ifPresent(rolePolicies::add));
        fileRoles.forEach(r -> r.rolePolicy().ifPresent(p -> rolePolicies.add(p.policy())));
        String orgId = conditionValue(all, "aws:PrincipalOrgID").or(() -> conditionValue(all, "aws:ResourceOrgID")).orElse("");
        String ownerAccount = conditionValue(all, "aws:ResourceAccount").orElse("");

        Optional<SourceBlock> bucketBlock = resource("aws_s3_bucket");
        List<String> prefixes = new ArrayList<>();
        String bucketName = bucketBlock.flatMap(b -> b.text("bucket"))
                .or(() -> resource("aws_s3_bucket_policy").flatMap(b -> b.text("bucket")))
                .or(() -> resource("aws_s3_bucket_ownership_controls").flatMap(b -> b.text("bucket")))
                .orElse("");
        for (Statement s : objectStatements(rolePolicies, bucketStatements)) {
            for (String resource : s.resources()) {
                Matcher m = OBJECT_ARN.matcher(resource);
                if (m.matches()) {
                    bucketName = bucketName.isEmpty() ? m.group(1) : bucketName;
                    String rest = m.group(2);
                    if (!rest.equals("*") && rest.endsWith("*")) {
                        prefixes.add(LiteralTexts.unescape(rest.substring(0, rest.length() - 1)));
                    }
                }
            }
            break;
        }
        if (bucketName.isEmpty()) {
            notRepresented.add(new NotRepresented("", 0, Message.of("import.bucket.unknown")));
        }

        boolean manage = bucketBlock.isPresent();
        Optional<SourceBlock> ownership = resource("aws_s3_bucket_ownership_controls");
        ObjectOwnership objectOwnership = ownership.flatMap(o -> o.block().body().blocks("rule").stream().findFirst())
                .flatMap(rule -> rule.body().attribute("object_ownership"))
                .flatMap(a -> SourceBlock.text(a.expression().value()))
                .flatMap(DesignInference::ownership).orElse(objectStatements(rolePolicies, List.of()).stream()
                        .anyMatch(st -> st.actions().contains("s3:PutObjectAcl"))
                        ? ObjectOwnership.BucketOwnerPreferred : DesignDefaults.OBJECT_OWNERSHIP);
        boolean manageOwnership = manage || ownership.isPresent();
        boolean blockPublic = manage ? resource("aws_s3_bucket_public_access_block").isPresent() : DesignDefaults.BLOCK_PUBLIC_ACCESS;
        boolean denyTls = bucketStatements.stream().anyMatch(s -> s.effect() == Effect.Deny
                && s.conditions().stream().anyMatch(c -> c.key().equals("aws:SecureTransport")));
        Encryption encryption = encryption(all, manage);

        Optional<String> region = regionCheck();
        List<Writer> writers = new ArrayList<>();
        Set<String> usedAliases = new java.util.HashSet<>();
        boolean guardSeen = false;
        boolean guardPossible = false;
        for (RoleRead read : roles) {
            Writer writer = writer(read, bucketStatements, usedAliases, writers.size());
            usedAliases.add(writer.alias());
            writers.add(writer);
            boolean guarded = read.trust().map(t -> t.document().statements().stream()
                    .anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().startsWith("aws:Source") || c.key().equals("sts:ExternalId"))))
                    .orElse(false);
            guardSeen |= guarded;
            guardPossible |= writer.principals().trustedServices().stream()
                    .anyMatch(p -> ServiceCatalog.guardOf(p) != ServiceCatalog.Guard.NONE);
        }
        FileWriters fileWriters = new FileWriters(fileRoles, bucketPolicy, writers, notRepresented);
        List<Optional<FileRole>> fromFiles = fileWriters.add();
        for (Optional<FileRole> read : fromFiles) {
            Optional<ImportedPolicy> trust = read.flatMap(FileRole::trust).map(PolicyFileRead::policy);
            guardSeen |= trust.map(t -> t.document().statements().stream()
                    .anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().startsWith("aws:Source") || c.key().equals("sts:ExternalId"))))
                    .orElse(false);
        }
        guardPossible |= writers.stream().flatMap(w -> w.principals().trustedServices().stream())
                .anyMatch(p -> ServiceCatalog.guardOf(p) != ServiceCatalog.Guard.NONE);
        if (ownerAccount.isEmpty()) {
            notRepresented.add(new NotRepresented("", 0, Message.of("import.owner.accountUnknown")));
        }
        if (writers.isEmpty()) {
            notRepresented.add(new NotRepresented("", 0, Message.of("import.writer.none")));
        }
        String regionValue = region.or(() -> regionFromArns(all)).orElse(DesignDefaults.REGION);
        boolean roleArnPrincipal = bucketStatements.stream().filter(s -> s.effect() == Effect.Allow && s.principal() != null)
                .flatMap(s -> s.principal().aws().stream()).anyMatch(a -> ROLE_ARN.matcher(a).matches());
        boolean orgGuard = orgId.isEmpty() ? DesignDefaults.ORG_GUARD
                : all.stream().anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().equals("aws:PrincipalOrgID") || c.key().equals("aws:ResourceOrgID")));
        Options options = new Options(roleArnPrincipal ? PrincipalStyle.ROLE_ARN : PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION,
                orgGuard, guardPossible ? guardSeen : DesignDefaults.CONFUSED_DEPUTY_GUARD,
                blocks.stream().anyMatch(b -> b.isData("aws_iam_policy_document")) ? TerraformStyle.POLICY_DOCUMENT : TerraformStyle.JSONENCODE,
                blocks.stream().anyMatch(b -> b.block().type().equals("variable")) ? TerraformValues.VARIABLES : TerraformValues.LITERALS);

        SourceBlock ownerBlock = bucketBlock.or(() -> resource("aws_s3_bucket_policy")).orElse(null);
        String ownerAlias = ownerBlock == null ? DesignDefaults.OWNER_ALIAS : alias(ownerBlock.file()).orElse(DesignDefaults.OWNER_ALIAS);
        String ownerProvider = ownerBlock == null ? "" : provider(ownerBlock);
        Design design = new Design(Design.FORMAT_VERSION, name(), partition, regionValue, orgId,
                new BucketOwner(ownerAlias, ownerAccount, ownerProvider),
                new Bucket(bucketName, manage, prefixes.stream().distinct().sorted().toList(), objectOwnership, blockPublic, denyTls,
                        encryption, manageOwnership),
                writers, options);
        ExistingPolicies foreign = existing(design, bucketPolicy, keyPolicy);
        return new ImportResult(keptInDesign(design, foreign),
                placed(design, roles, fromFiles, fileWriters.onEarlierWriters(), bucketPolicy, keyPolicy), foreign);
    }

    private List<NotRepresented> placed(Design design, List<RoleRead> roles, List<Optional<FileRole>> fromFiles,
                                        java.util.Map<Integer, FileRole> onEarlierWriters, Optional<ImportedPolicy> bucketPolicy,
                                        Optional<ImportedPolicy> keyPolicy) {
        GeneratedPolicies generated = PolicyGenerator.generate(design);
        for (int i = 0; i < roles.size(); i++) {
            RoleRead read = roles.get(i);
            WriterPolicies ours = generated.writers().get(i);
            read.trust().ifPresent(t -> StatementPlacement.place(t, ours.trustPolicy().document(), notRepresented));
            read.rolePolicy().ifPresent(t -> StatementPlacement.place(t, ours.rolePolicy().document(), notRepresented));
            read.inline().ifPresent(p -> p.text("name").filter(n -> !n.equals(INLINE_POLICY_NAME)).ifPresent(n ->
                    notRepresented.add(new NotRepresented(p.file().displayName(), p.line("name"),
                            Message.of("import.role.inlinePolicyName", p.block().address(), n, INLINE_POLICY_NAME)))));
            if (read.inline().isEmpty()) {
                notRepresented.add(new NotRepresented(read.role().file().displayName(), read.role().line(),
                        Message.of("import.role.noInlinePolicy", read.role().block().address())));
            }
        }
        java.util.Map<Integer, FileRole> fileRolesByWriter = new java.util.LinkedHashMap<>(onEarlierWriters);
        for (int i = 0; i < fromFiles.size(); i++) {
            int writer = roles.size() + i;
            fromFiles.get(i).ifPresent(r -> fileRolesByWriter.put(writer, r));
        }
        fileRolesByWriter.forEach((writer, files) -> {
            WriterPolicies ours = generated.writers().get(writer);
            files.trust().ifPresent(t -> StatementPlacement.place(t.policy(), ours.trustPolicy().document(), notRepresented));
            files.rolePolicy().ifPresent(t -> StatementPlacement.place(t.policy(), ours.rolePolicy().document(), notRepresented));
        });
        bucketPolicy.ifPresent(b -> StatementPlacement.place(b, generated.bucketPolicy().document(), notRepresented));
        keyPolicy.ifPresent(k -> StatementPlacement.place(k, generated.keyPolicy().map(f -> f.document())
                .orElse(PolicyDocument.of(List.of())), notRepresented));
        for (PolicyFileRead json : jsonPolicies) {
            ImportedPolicy used = json.kind() == DocumentKind.BUCKET_POLICY ? bucketPolicy.orElse(null)
                    : json.kind() == DocumentKind.KEY_POLICY ? keyPolicy.orElse(null) : json.policy();
            if (used != json.policy()) {
                notRepresented.add(new NotRepresented(json.policy().file(), 0, Message.of("import.policyFile.notPlaced", json.policy().address())));
            }
        }
        List<NotRepresented> sorted = new ArrayList<>(notRepresented);
        sorted.sort(Comparator.comparing(NotRepresented::file).thenComparingInt(NotRepresented::line));
        return sorted;
    }

    /**
     * The design with the foreign statements as its existing policies, so that generating it merges them
     * back instead of dropping them (docs/decisions/0029-merge-into-existing-policies.md). A key policy is
     * kept only where the design merges one: under SSE-KMS with a key the files do not create.
     */
    private static Design keptInDesign(Design design, ExistingPolicies foreign) {
        dev.s3grant.model.ExistingPolicies kept = dev.s3grant.model.ExistingPolicies.none();
        if (foreign.bucketPolicy().isPresent()) {
            kept = kept.withBucketPolicy(PolicyJson.write(foreign.bucketPolicy().get()));
        }
        if (foreign.keyPolicy().isPresent() && design.bucket().encryption().isKms() && !design.bucket().encryption().manageKey()) {
            kept = kept.withKeyPolicy(PolicyJson.write(foreign.keyPolicy().get()));
        }
        return kept.isEmpty() ? design : design.withExisting(kept);
    }

    /** The statements of the bucket and key policies that are not the grant's. */
    private static ExistingPolicies existing(Design design, Optional<ImportedPolicy> bucketPolicy, Optional<ImportedPolicy> keyPolicy) {
        GeneratedPolicies generated = PolicyGenerator.generate(design);
        List<NotRepresented> ignored = new ArrayList<>();
        Optional<PolicyDocument> bucket = bucketPolicy.flatMap(b -> StatementPlacement.document(
                StatementPlacement.place(b, generated.bucketPolicy().document(), ignored)));
        Optional<PolicyDocument> key = keyPolicy.flatMap(k -> StatementPlacement.document(StatementPlacement.place(k,
                generated.keyPolicy().map(f -> f.document()).orElse(PolicyDocument.of(List.of())), ignored)));
        return new ExistingPolicies(bucket, key);
    }

    private Writer writer(RoleRead read, List<Statement> bucketStatements, Set<String> usedAliases, int index) {
        SourceBlock role = read.role();
        String roleName = role.text("name").orElse("");
        if (roleName.isEmpty()) {
            notRepresented.add(new NotRepresented(role.file().displayName(), role.line("name"),
                    Message.of("import.role.nameUnknown", role.block().address())));
        }
        String path = role.text("path").orElse(DesignDefaults.ROLE_PATH);
        List<String> services = read.trust().map(t -> t.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.principal() != null)
                .flatMap(s -> s.principal().services().stream()).distinct().sorted().toList()).orElse(List.of());
        Principals principals = services.equals(List.of(ServiceCatalog.ECS_TASKS)) || services.isEmpty()
                ? Principals.ecsOnly() : new Principals(PrincipalMode.SERVICES, services);
        String account = read.trust().flatMap(t -> conditionValue(t.document().statements(), "aws:SourceAccount"))
                .or(() -> accountFromBucketPolicy(bucketStatements.stream()
                        .filter(s -> alias(role.file()).map(a -> s.sid().equals("AllowPutFrom" + a.replaceAll("[^A-Za-z0-9]", ""))).orElse(false))
                        .toList(), path + roleName, new java.util.HashSet<>()))
                .or(() -> accountFromBucketPolicy(bucketStatements, path + roleName, usedStatements))
                .orElse("");
        if (account.isEmpty()) {
            notRepresented.add(new NotRepresented(role.file().displayName(), role.line(),
                    Message.of("import.writer.accountUnknown", role.block().address())));
        }
        List<String> actions = read.rolePolicy().map(p -> p.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject"))
                .flatMap(s -> s.actions().stream()).toList()).orElse(List.of());
        String alias = alias(role.file()).filter(a -> !usedAliases.contains(a))
                .orElse(index == 0 ? "A" : "A" + (index + 1));
        return new Writer(alias, account, roleName, path, principals, actions.contains("s3:AbortMultipartUpload"),
                actions.contains("s3:PutObjectTagging"), provider(role));
    }

    /** The account of the first statement naming the role that no earlier writer took (two accounts may use one role name). */
    private static Optional<String> accountFromBucketPolicy(List<Statement> statements, String pathAndName, Set<String> used) {
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s.effect() != Effect.Allow || s.principal() == null ) {
                continue;
            }
            List<String> roleArns = new ArrayList<>(s.principal().aws());
            s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalArn")).forEach(c -> roleArns.addAll(c.values()));
            for (String arn : roleArns) {
                Matcher m = ROLE_ARN.matcher(arn);
                if (m.matches() && m.group(2).equals(pathAndName) && used.add(m.group(1) + m.group(2))) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private int order(RoleRead read, List<Statement> bucketStatements) {
        Optional<String> sid = alias(read.role().file()).map(a -> "AllowPutFrom" + a.replaceAll("[^A-Za-z0-9]", ""));
        for (int i = 0; i < bucketStatements.size() && sid.isPresent(); i++) {
            if (bucketStatements.get(i).sid().equals(sid.get())) {
                return i;
            }
        }
        String name = read.role().text("name").orElse("?");
        String path = read.role().text("path").orElse(DesignDefaults.ROLE_PATH);
        for (int i = 0; i < bucketStatements.size(); i++) {
            Statement s = bucketStatements.get(i);
            List<String> arns = new ArrayList<>(s.principal() == null ? List.of() : s.principal().aws());
            s.conditions().forEach(c -> arns.addAll(c.values()));
            if (arns.stream().anyMatch(a -> a.endsWith(":role" + path + name))) {
                return i;
            }
        }
        return bucketStatements.size() + blocks.indexOf(read.role());
    }

    private static List<Statement> objectStatements(List<ImportedPolicy> rolePolicies, List<Statement> bucketStatements) {
        List<Statement> out = new ArrayList<>();
        rolePolicies.forEach(p -> p.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject")).forEach(out::add));
        bucketStatements.stream().filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject")).forEach(out::add);
        return out;
    }

    private Encryption encryption(List<Statement> all, boolean manage) {
        Optional<SourceBlock> sse = resource("aws_s3_bucket_server_side_encryption_configuration");
        if (sse.isPresent()) {
            var rule = sse.get().block().body().blocks("rule").stream().findFirst();
            var byDefault = rule.flatMap(r -> r.body().blocks("apply_server_side_encryption_by_default").stream().findFirst());
            String algorithm = byDefault.flatMap(d -> d.body().attribute("sse_algorithm"))
                    .flatMap(a -> SourceBlock.text(a.expression().value())).orElse("AES256");
            if (!algorithm.startsWith("aws:kms")) {
                return Encryption.sseS3();
            }
            boolean bucketKey = rule.flatMap(r -> r.body().attribute("bucket_key_enabled"))
                    .map(a -> a.expression().value() instanceof dev.s3grant.hcl.HclBool b && b.value()).orElse(false);
            var key = byDefault.flatMap(d -> d.body().attribute("kms_master_key_id")).map(a -> a.expression().value());
            boolean managed = key.filter(HclReference.class::isInstance).map(v -> ((HclReference) v).traversal().startsWith("aws_kms_key.")).orElse(false);
            String arn = managed ? "" : key.flatMap(SourceBlock::text).orElse("");
            return new Encryption(EncryptionType.SSE_KMS, arn, managed, bucketKey);
        }
        Optional<String> kmsKey = all.stream().filter(s -> s.actions().contains("kms:GenerateDataKey") && s.principal() == null)
                .flatMap(s -> s.resources().stream()).findFirst();
        if (!manage && kmsKey.isPresent()) {
            boolean created = resource("aws_kms_key").isPresent() || all.stream()
                    .anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().equals("kms:ResourceAliases")));
            String arn = created || kmsKey.get().endsWith("/*") ? "" : kmsKey.get();
            return new Encryption(EncryptionType.SSE_KMS, arn, created, DesignDefaults.BUCKET_KEY);
        }
        return Encryption.sseS3();
    }

    private Optional<String> regionCheck() {
        for (SourceBlock block : blocks) {
            if (block.isData("aws_region")) {
                for (var lifecycle : block.block().body().blocks("lifecycle")) {
                    for (var post : lifecycle.body().blocks("postcondition")) {
                        Optional<String> text = post.body().attribute("condition").map(a -> a.expression().text());
                        Matcher m = REGION_CHECK.matcher(text.orElse(""));
                        if (m.find()) {
                            return Optional.of(m.group(1));
                        }
                        Matcher variable = Pattern.compile("self\\.id\\s*==\\s*(var\\.[A-Za-z0-9_-]+)").matcher(text.orElse(""));
                        if (variable.find() && values.containsKey(variable.group(1))) {
                            return SourceBlock.text(values.get(variable.group(1)));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> regionFromArns(List<Statement> all) {
        Pattern regional = Pattern.compile("arn:[a-z-]+:(?:ecs|states|scheduler|kms|firehose):([a-z0-9-]+):");
        for (Statement s : all) {
            List<String> texts = new ArrayList<>(s.resources());
            s.conditions().forEach(c -> texts.addAll(c.values()));
            for (String t : texts) {
                Matcher m = regional.matcher(t);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> conditionValue(List<Statement> statements, String key) {
        return statements.stream().flatMap(s -> s.conditions().stream()).filter(c -> c.key().equals(key))
                .flatMap(c -> c.values().stream()).findFirst();
    }

    private static Optional<ObjectOwnership> ownership(String text) {
        return java.util.Arrays.stream(ObjectOwnership.values()).filter(o -> o.name().equals(text)).findFirst();
    }

    private String name() {
        Pattern header = Pattern.compile("# S3 Grant Designer, design \"([^\"]*)\"");
        for (SourceBlock block : blocks) {
            Matcher m = header.matcher(block.file().text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return DesignDefaults.UNNAMED_DESIGN_NAME;
    }

    private static Optional<String> alias(ImportedFile file) {
        Matcher m = ACCOUNT_FILE.matcher(file.name());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String provider(SourceBlock block) {
        return block.referenceIn("provider").filter(p -> p.startsWith("aws.")).map(p -> p.substring(4)).orElse("");
    }

    private Optional<ImportedPolicy> firstFile(DocumentKind kind) {
        return files(kind).stream().findFirst().map(PolicyFileRead::policy);
    }

    private List<PolicyFileRead> files(DocumentKind kind) {
        return jsonPolicies.stream().filter(p -> p.kind() == kind).toList();
    }

    private Optional<SourceBlock> resource(String type) {
        return all(type).stream().findFirst();
    }

    private List<SourceBlock> all(String type) {
        return blocks.stream().filter(b -> b.isResource(type)).toList();
    }

    private Optional<ImportedPolicy> policy(SourceBlock block, String attribute) {
        return block.value(attribute).flatMap(policies::read)
                .map(d -> new ImportedPolicy(d, block.file().displayName(), block.line(attribute), block.block().address()));
    }
}
