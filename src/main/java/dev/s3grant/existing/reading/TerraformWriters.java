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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writers the roles of the imported Terraform are, in the order the bucket policy names them: the
 * role's name, path and trusted services, its account (the trust policy's {@code aws:SourceAccount}, else
 * the bucket policy statement that names the role), its upkeep actions and the alias of its
 * {@code account_<alias>.tf}.
 */
final class TerraformWriters {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:[a-z-]+:iam::([^:]*):role(/.*)");

    private final List<SourceBlock> blocks;
    private final List<Statement> bucketStatements;
    private final List<NotRepresented> notRepresented;
    private final SharedRoleAccounts shared;
    private final Map<String, String> folderAccounts;
    private final Set<String> usedStatements = new HashSet<>();

    /**
     * @param shared         the accounts of the shared-role statements, for roles whose files do not show their account
     * @param folderAccounts the account ID each {@code accounts/<alias>.tfvars} of a shared writer folder gives, by file name
     */
    TerraformWriters(List<SourceBlock> blocks, List<Statement> bucketStatements, List<NotRepresented> notRepresented,
                     SharedRoleAccounts shared, Map<String, String> folderAccounts) {
        this.blocks = blocks;
        this.shared = shared;
        this.folderAccounts = folderAccounts;
        this.bucketStatements = bucketStatements;
        this.notRepresented = notRepresented;
    }

    /** The roles in the order their bucket policy statements come, else in the files' order. */
    List<TerraformRole> ordered(List<TerraformRole> roles) {
        List<TerraformRole> sorted = new ArrayList<>(roles);
        sorted.sort(Comparator.comparingInt(this::order));
        return sorted;
    }

    /** The writers of the roles, in their order; an alias taken already gives way to {@code A}, {@code A2}, …. */
    List<Writer> writers(List<TerraformRole> roles) {
        List<Writer> writers = new ArrayList<>();
        Set<String> usedAliases = new HashSet<>();
        for (TerraformRole read : roles) {
            Writer writer = writer(read, usedAliases, writers.size());
            usedAliases.add(writer.alias());
            writers.add(writer);
        }
        return writers;
    }

    private Writer writer(TerraformRole read, Set<String> usedAliases, int index) {
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
        List<String> actions = read.rolePolicy().map(p -> p.document().statements().stream()
                .filter(s -> s.effect() == Effect.Allow && s.actions().contains("s3:PutObject"))
                .flatMap(s -> s.actions().stream()).toList()).orElse(List.of());
        boolean abort = actions.contains("s3:AbortMultipartUpload");
        boolean tagging = actions.contains("s3:PutObjectTagging");
        String alias = ImportedBlocks.alias(role.file()).filter(a -> !usedAliases.contains(a))
                .orElse(index == 0 ? "A" : "A" + (index + 1));
        Optional<SharedRoleStatements.Group> group = shared.group(path, roleName, abort, tagging).filter(g -> !roleName.isEmpty());
        String account = read.trust().flatMap(t -> PolicyConditions.firstValue(t.document().statements(), "aws:SourceAccount"))
                .or(() -> Optional.ofNullable(folderAccounts.get(role.file().name())))
                .or(() -> accountFromBucketPolicy(bucketStatements.stream()
                        .filter(s -> ImportedBlocks.alias(role.file()).map(a -> ownSids(a).contains(s.sid())).orElse(false))
                        .toList(), path + roleName, new HashSet<>()))
                .or(() -> group.isPresent() ? shared.next(group.get(), alias)
                        : accountFromBucketPolicy(bucketStatements, path + roleName, usedStatements))
                .orElse("");
        if (account.isEmpty()) {
            notRepresented.add(new NotRepresented(role.file().displayName(), role.line(),
                    Message.of("import.writer.accountUnknown", role.block().address())));
        }
        return new Writer(alias, account, roleName, path, principals, abort, tagging, ImportedBlocks.provider(role));
    }

    /** The Sids the designer gives a writer's own bucket policy statements: its put statement, a service's further actions. */
    private static List<String> ownSids(String alias) {
        String alnum = alias.replaceAll("[^A-Za-z0-9]", "");
        return List.of("AllowPutFrom" + alnum, "AllowServiceBucketActionsFrom" + alnum, "AllowServiceObjectActionsFrom" + alnum);
    }

    /** The account of the first statement naming the role that no earlier writer took (two accounts may use one role name). */
    private static Optional<String> accountFromBucketPolicy(List<Statement> statements, String pathAndName, Set<String> used) {
        for (Statement s : statements) {
            if (s.effect() != Effect.Allow || s.principal() == null) {
                continue;
            }
            List<String> roleArns = new ArrayList<>(s.principal().aws());
            s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalArn")).forEach(c -> roleArns.addAll(c.values()));
            for (String arn : roleArns) {
                Matcher m = ROLE_ARN.matcher(arn);
                if (m.matches() && !m.group(1).contains("*") && m.group(2).equals(pathAndName) && used.add(m.group(1) + m.group(2))) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private int order(TerraformRole read) {
        Optional<String> sid = ImportedBlocks.alias(read.role().file()).map(a -> "AllowPutFrom" + a.replaceAll("[^A-Za-z0-9]", ""));
        for (int i = 0; i < bucketStatements.size() && sid.isPresent(); i++) {
            if (bucketStatements.get(i).sid().equals(sid.get())) {
                return i;
            }
        }
        String name = read.role().text("name").orElse("?");
        String path = read.role().text("path").orElse(DesignDefaults.ROLE_PATH);
        // a shared-role statement names every writer of the role alike: there, the files' order decides
        for (int i = 0; i < bucketStatements.size() && !shared.any(); i++) {
            Statement s = bucketStatements.get(i);
            List<String> arns = new ArrayList<>(s.principal() == null ? List.of() : s.principal().aws());
            s.conditions().forEach(c -> arns.addAll(c.values()));
            if (arns.stream().anyMatch(a -> a.endsWith(":role" + path + name))) {
                return i;
            }
        }
        return bucketStatements.size() + blocks.indexOf(read.role());
    }
}
