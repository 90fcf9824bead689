package dev.s3grant.existing.reading;

import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.BucketOwner;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Message;
import dev.s3grant.model.Options;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the blocks and policies of imported files into a design by what they mean: the roles
 * with their trust and inline policies become writers ({@link TerraformWriters}, {@link FileWriters}),
 * the bucket and its settings the bucket ({@link BucketInference}), the conditions the guards. The
 * design's own policies are then generated and every imported statement placed against them
 * ({@link ImportPlacement}); what does not fit is reported.
 */
final class DesignInference {

    private static final Pattern GRANT_ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov):(?:s3|iam):");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:[a-z-]+:iam::([^:]*):role(/.*)");

    private final ImportedBlocks read;
    private final List<NotRepresented> notRepresented;

    DesignInference(List<SourceBlock> blocks, TerraformPolicies policies, List<PolicyFileRead> jsonPolicies,
                    List<NotRepresented> notRepresented, Map<String, HclValue> values, List<SharedWriterFolder.Account> folderAccounts) {
        this.read = new ImportedBlocks(blocks, policies, jsonPolicies, values, folderAccounts);
        this.notRepresented = new ArrayList<>(notRepresented);
    }

    /** True for a block the design speaks for (its meaning is read, or it is only a helper). */
    static boolean covers(SourceBlock block) {
        return ImportedBlocks.covers(block);
    }

    ImportResult result() {
        Optional<ImportedPolicy> bucketPolicy = read.resource("aws_s3_bucket_policy").flatMap(b -> read.policy(b, "policy"))
                .or(() -> read.firstFile(DocumentKind.BUCKET_POLICY));
        Optional<ImportedPolicy> keyPolicy = read.resource("aws_kms_key").flatMap(b -> read.policy(b, "policy"))
                .or(() -> read.firstFile(DocumentKind.KEY_POLICY));
        List<FileRole> fileRoles = FileRole.pair(read.files(DocumentKind.TRUST_POLICY), read.files(DocumentKind.ROLE_POLICY));
        List<Statement> bucketStatements = bucketPolicy.map(p -> p.document().statements()).orElse(List.of());
        List<TerraformRole> found = TerraformRole.of(read);
        SharedRoleAccounts shared = new SharedRoleAccounts(SharedRoleStatements.of(bucketStatements),
                shownAccounts(found, fileRoles, bucketStatements));
        TerraformWriters terraformWriters = new TerraformWriters(read.blocks(), bucketStatements, notRepresented, shared,
                read.folderAccountIds());
        List<TerraformRole> roles = terraformWriters.ordered(found);

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
        String orgId = PolicyConditions.firstValue(all, "aws:PrincipalOrgID")
                .or(() -> PolicyConditions.firstValue(all, "aws:ResourceOrgID")).orElse("");
        String ownerAccount = PolicyConditions.firstValue(all, "aws:ResourceAccount").orElse("");
        Bucket bucket = new BucketInference(read).bucket(rolePolicies, bucketStatements, all, notRepresented);

        List<Writer> writers = new ArrayList<>(terraformWriters.writers(roles));
        FileWriters fileWriters = new FileWriters(fileRoles, bucketPolicy, writers, notRepresented, shared);
        List<Optional<FileRole>> fromFiles = new ArrayList<>(fileWriters.add());
        if (bucketPolicy.isPresent()) {
            int added = shared.addRemaining(bucketPolicy.get(), writers, notRepresented);
            for (int i = 0; i < added; i++) {
                fromFiles.add(Optional.empty());
            }
        }
        boolean guardSeen = roles.stream().anyMatch(r -> r.trust().map(t -> PolicyConditions.guarded(t.document().statements())).orElse(false))
                || fromFiles.stream().anyMatch(r -> r.flatMap(FileRole::trust)
                        .map(t -> PolicyConditions.guarded(t.policy().document().statements())).orElse(false));
        boolean guardPossible = writers.stream().flatMap(w -> w.principals().trustedServices().stream())
                .anyMatch(p -> ServiceCatalog.guardOf(p) != ServiceCatalog.Guard.NONE);
        if (ownerAccount.isEmpty()) {
            notRepresented.add(new NotRepresented("", 0, Message.of("import.owner.accountUnknown")));
        }
        if (writers.isEmpty()) {
            notRepresented.add(new NotRepresented("", 0, Message.of("import.writer.none")));
        }
        String region = RegionInference.region(read.blocks(), read.values(), all).orElse(DesignDefaults.REGION);
        boolean roleArnPrincipal = bucketStatements.stream().filter(s -> s.effect() == Effect.Allow && s.principal() != null)
                .flatMap(s -> s.principal().aws().stream()).anyMatch(a -> ROLE_ARN.matcher(a).matches());
        boolean orgGuard = orgId.isEmpty() ? DesignDefaults.ORG_GUARD
                : all.stream().anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().equals("aws:PrincipalOrgID") || c.key().equals("aws:ResourceOrgID")));
        List<SourceBlock> blocks = read.blocks();
        PrincipalStyle style = shared.any() ? PrincipalStyle.SHARED_ROLE
                : roleArnPrincipal ? PrincipalStyle.ROLE_ARN : PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION;
        Options options = new Options(style, orgGuard, guardPossible ? guardSeen : DesignDefaults.CONFUSED_DEPUTY_GUARD,
                blocks.stream().anyMatch(b -> b.isData("aws_iam_policy_document")) ? TerraformStyle.POLICY_DOCUMENT : TerraformStyle.JSONENCODE,
                blocks.stream().anyMatch(b -> b.block().type().equals("variable")) ? TerraformValues.VARIABLES : TerraformValues.LITERALS,
                read.sharedWriterFolder() ? WriterFiles.SHARED : WriterFiles.PER_ACCOUNT, shared.orgPath());
        SourceBlock ownerBlock = read.resource("aws_s3_bucket").or(() -> read.resource("aws_s3_bucket_policy")).orElse(null);
        String ownerAlias = ownerBlock == null ? DesignDefaults.OWNER_ALIAS
                : ImportedBlocks.alias(ownerBlock.file()).orElse(DesignDefaults.OWNER_ALIAS);
        String ownerProvider = ownerBlock == null ? "" : ImportedBlocks.provider(ownerBlock);
        Design design = new Design(Design.FORMAT_VERSION, read.designName(), partition(), region, orgId,
                new BucketOwner(ownerAlias, ownerAccount, ownerProvider), bucket, writers, options);
        return ImportPlacement.result(design, ImportPlacement.sources(roles, fromFiles, fileWriters.onEarlierWriters(),
                bucketPolicy, keyPolicy, read.jsonPolicies()), notRepresented);
    }

    /**
     * The accounts the writers' own files show, which the shared-role statements' lists do not hand out again: the
     * trust policies' {@code aws:SourceAccount}, the values files of a shared writer folder, the roles the bucket
     * policy names one by one.
     */
    private Set<String> shownAccounts(List<TerraformRole> roles, List<FileRole> fileRoles, List<Statement> bucketStatements) {
        Set<String> shown = new HashSet<>(read.folderAccountIds().values());
        roles.forEach(r -> r.trust().flatMap(t -> PolicyConditions.firstValue(t.document().statements(), "aws:SourceAccount"))
                .ifPresent(shown::add));
        fileRoles.forEach(r -> r.trust().flatMap(t -> PolicyConditions.firstValue(t.policy().document().statements(), "aws:SourceAccount"))
                .ifPresent(shown::add));
        for (Statement s : bucketStatements) {
            if (s.effect() == Effect.Allow && s.principal() != null) {
                List<String> arns = new ArrayList<>(s.principal().aws());
                s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalArn")).forEach(c -> arns.addAll(c.values()));
                arns.stream().map(ROLE_ARN::matcher).filter(Matcher::matches).map(m -> m.group(1))
                        .filter(a -> !a.contains("*")).forEach(shown::add);
            }
        }
        return shown;
    }

    /** The partition of the files' bucket and role ARNs, else of any ARN (a key ARN is the user's and says less). */
    private Partition partition() {
        List<String> texts = new ArrayList<>(read.blocks().stream().map(b -> String.valueOf(b.block())).toList());
        read.jsonPolicies().forEach(p -> texts.add(PolicyJson.write(p.policy().document())));
        String partitionId = TerraformImporter.partitionIn(texts, GRANT_ARN).or(() -> TerraformImporter.partitionIn(texts)).orElse("aws");
        return Arrays.stream(Partition.values()).filter(p -> p.id().equals(partitionId)).findFirst()
                .orElse(DesignDefaults.PARTITION);
    }
}
