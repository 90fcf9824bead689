package dev.s3grant.existing.reading;

import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The writers policy JSON files show, after those of the Terraform: each trust / identity policy
 * pair is matched to a role the bucket policy names (by the alias of its file name and the Sid
 * {@code AllowPutFrom<alias>}, by the role the AWS CLI output names, by {@code aws:SourceAccount},
 * else in order), and every role the bucket policy names that no writer has yet becomes one. A role
 * name no file says, and principals no trust policy says, are reported.
 */
final class FileWriters {

    private final List<FileRole> fileRoles;
    private final List<BucketRoles.BucketRole> bucketRoles;
    private final List<Writer> writers;
    private final List<NotRepresented> notRepresented;
    private final Optional<ImportedPolicy> bucketPolicy;
    private final SharedRoleAccounts shared;
    private final Set<BucketRoles.BucketRole> used = new HashSet<>();
    private final java.util.Map<Integer, FileRole> onEarlierWriters = new java.util.LinkedHashMap<>();

    FileWriters(List<FileRole> fileRoles, Optional<ImportedPolicy> bucketPolicy, List<Writer> writers,
                List<NotRepresented> notRepresented, SharedRoleAccounts shared) {
        this.fileRoles = fileRoles;
        this.shared = shared;
        this.bucketPolicy = bucketPolicy;
        this.bucketRoles = BucketRoles.of(bucketPolicy.map(p -> p.document().statements()).orElse(List.of()));
        this.writers = writers;
        this.notRepresented = notRepresented;
    }

    /** Adds the writers to the list given; @return for each writer added, the files it comes from (empty: the bucket policy alone). */
    List<Optional<FileRole>> add() {
        List<Optional<FileRole>> added = new ArrayList<>();
        bucketRoles.stream().filter(b -> writers.stream().anyMatch(w -> w.accountId().equals(b.account())
                && w.roleName().equals(b.name()) && w.rolePath().equals(b.path()))).forEach(used::add);
        int earlier = writers.size();
        for (FileRole role : fileRoles) {
            Optional<Integer> same = sameRole(role, earlier);
            if (same.isPresent()) {
                onEarlierWriters.put(same.get(), role);
                continue;
            }
            Optional<BucketRoles.BucketRole> named = match(role);
            named.ifPresent(used::add);
            writers.add(writer(role, named));
            added.add(Optional.of(role));
        }
        for (BucketRoles.BucketRole named : bucketRoles) {
            // in the shared-role style a role named one by one is a service's further actions of a writer there is already
            boolean known = shared.any() && writers.stream().anyMatch(w -> w.accountId().equals(named.account())
                    && w.roleName().equals(named.name()) && w.rolePath().equals(named.path()));
            if (!known && used.add(named)) {
                writers.add(fromBucketPolicy(named));
                added.add(Optional.empty());
                notRepresented.add(new NotRepresented(bucketPolicy.map(ImportedPolicy::file).orElse(""),
                        bucketPolicy.map(p -> p.lineOf(named.index())).orElse(0), Message.of("import.policyFile.noTrustPolicy", named.name())));
            }
        }
        return added;
    }

    /** The files of roles the Terraform already has (same alias or role name): placed against that writer, not added. */
    java.util.Map<Integer, FileRole> onEarlierWriters() {
        return onEarlierWriters;
    }

    private Optional<Integer> sameRole(FileRole role, int earlier) {
        for (int i = 0; i < earlier; i++) {
            Writer w = writers.get(i);
            if (role.alias().equals(Optional.of(w.alias())) || role.roleName().equals(Optional.of(w.roleName()))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Optional<BucketRoles.BucketRole> match(FileRole role) {
        List<BucketRoles.BucketRole> free = bucketRoles.stream().filter(b -> !used.contains(b)).toList();
        Optional<String> sourceAccount = role.trust().flatMap(t -> condition(t.policy().document().statements(), "aws:SourceAccount"));
        return free.stream().filter(b -> role.alias().map(a -> a.replaceAll("[^A-Za-z0-9]", "")).equals(b.alias())).findFirst()
                .or(() -> free.stream().filter(b -> role.roleName().equals(Optional.of(b.name()))).findFirst())
                .or(() -> free.stream().filter(b -> sourceAccount.equals(Optional.of(b.account()))).findFirst())
                .or(() -> shared.any() ? Optional.empty() : free.stream().findFirst());
    }

    private Writer writer(FileRole role, Optional<BucketRoles.BucketRole> named) {
        List<String> actions = role.rolePolicy().map(p -> p.policy().document().statements().stream()
                        .filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject"))
                        .flatMap(s -> s.actions().stream()).toList())
                .orElse(named.map(b -> b.statement().actions()).orElse(List.of()));
        boolean abort = actions.contains("s3:AbortMultipartUpload");
        boolean tagging = actions.contains("s3:PutObjectTagging");
        Optional<SharedRoleStatements.Group> group = named.isPresent() ? Optional.empty()
                : shared.group(role.rolePath().orElse(DesignDefaults.ROLE_PATH), role.roleName().orElse(""), abort, tagging);
        String name = role.roleName().or(() -> named.map(BucketRoles.BucketRole::name))
                .or(() -> group.map(SharedRoleStatements.Group::name)).orElse("");
        if (name.isEmpty()) {
            notRepresented.add(new NotRepresented(role.file(), 0, Message.of("import.policyFile.roleNameUnknown", role.address())));
        }
        String path = role.rolePath().or(() -> named.map(BucketRoles.BucketRole::path))
                .or(() -> group.map(SharedRoleStatements.Group::path)).orElse(DesignDefaults.ROLE_PATH);
        String alias = alias(role.alias().or(() -> named.flatMap(BucketRoles.BucketRole::alias)));
        List<Statement> trust = role.trust().map(t -> t.policy().document().statements()).orElse(List.of());
        String account = condition(trust, "aws:SourceAccount").or(() -> named.map(BucketRoles.BucketRole::account))
                .or(() -> group.flatMap(g -> shared.next(g, alias))).orElse("");
        if (account.isEmpty()) {
            notRepresented.add(new NotRepresented(role.file(), 0, Message.of("import.writer.accountUnknown", role.address())));
        }
        List<String> services = trust.stream().filter(s -> s.effect() == Effect.Allow && s.principal() != null)
                .flatMap(s -> s.principal().services().stream()).distinct().sorted().toList();
        return new Writer(alias, account, name, path, principals(services), abort, tagging, "");
    }

    private Writer fromBucketPolicy(BucketRoles.BucketRole named) {
        List<String> actions = named.statement().actions();
        return new Writer(alias(named.alias()), named.account(), named.name(), named.path(), Principals.ecsOnly(),
                actions.contains("s3:AbortMultipartUpload"), actions.contains("s3:PutObjectTagging"), "");
    }

    private String alias(Optional<String> wanted) {
        return WriterAliases.free(writers, wanted);
    }

    private static Principals principals(List<String> services) {
        return services.equals(List.of(ServiceCatalog.ECS_TASKS)) || services.isEmpty()
                ? Principals.ecsOnly() : new Principals(PrincipalMode.SERVICES, services);
    }

    private static Optional<String> condition(List<Statement> statements, String key) {
        return PolicyConditions.firstValue(statements, key);
    }
}
