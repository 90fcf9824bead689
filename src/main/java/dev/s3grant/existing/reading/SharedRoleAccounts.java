package dev.s3grant.existing.reading;

import dev.s3grant.model.Message;
import dev.s3grant.model.Principals;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The writer accounts of the shared-role statements, handed to the writers whose own files do not show their
 * account, and to writers of their own where no file gives an account's role
 * (docs/decisions/0053-reading-the-shared-role-style-back.md). The accounts a writer's files show (its trust
 * policy's {@code aws:SourceAccount}, its {@code accounts/<alias>.tfvars}) are reserved first; the others go in
 * the order the statement lists them, which is sorted. When more than one account could be a writer's, the
 * import says so.
 */
final class SharedRoleAccounts {

    private final List<SharedRoleStatements.Group> groups;
    private final Set<String> reserved;
    private final Map<SharedRoleStatements.Group, List<String>> free = new LinkedHashMap<>();
    private final Map<SharedRoleStatements.Group, Integer> candidates = new LinkedHashMap<>();
    private final Map<SharedRoleStatements.Group, List<String>> given = new LinkedHashMap<>();

    /** @param reserved the accounts the writers' own files show */
    SharedRoleAccounts(List<SharedRoleStatements.Group> groups, Set<String> reserved) {
        this.groups = groups;
        this.reserved = Set.copyOf(reserved);
        for (SharedRoleStatements.Group g : groups) {
            List<String> open = g.accounts().stream().filter(a -> !this.reserved.contains(a)).toList();
            free.put(g, new ArrayList<>(open));
            candidates.put(g, open.size());
            given.put(g, new ArrayList<>());
        }
    }

    boolean any() {
        return !groups.isEmpty();
    }

    /** The organizational unit the shared statements name instead of accounts, or empty (decision 0052). */
    String orgPath() {
        return groups.stream().map(SharedRoleStatements.Group::orgPath).filter(p -> !p.isEmpty()).findFirst().orElse("");
    }

    /**
     * The group a writer of this role belongs to: the same path and name and upkeep actions, else the same path
     * and name; a role whose name no file says ({@code name} empty) goes by its upkeep actions alone.
     */
    Optional<SharedRoleStatements.Group> group(String path, String name, boolean abort, boolean tagging) {
        List<SharedRoleStatements.Group> named = groups.stream()
                .filter(g -> name.isEmpty() || g.name().equals(name) && g.path().equals(path)).toList();
        return named.stream().filter(g -> g.abort() == abort && g.tagging() == tagging).findFirst()
                .or(() -> named.stream().findFirst());
    }

    /** The next listed account no writer has, for a writer whose files do not show its account. */
    Optional<String> next(SharedRoleStatements.Group group, String alias) {
        List<String> open = free.get(group);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        given.get(group).add(alias);
        return Optional.of(open.remove(0));
    }

    /**
     * One writer for each listed account no writer has (the role only the bucket policy shows), and the notes: one
     * per such writer, one per group whose writers took accounts that could have been another's.
     *
     * @param writers the writers so far, which the new ones join
     * @return how many writers were added
     */
    int addRemaining(ImportedPolicy bucketPolicy, List<Writer> writers, List<NotRepresented> notes) {
        int added = 0;
        for (SharedRoleStatements.Group g : groups) {
            for (String account : new ArrayList<>(free.get(g))) {
                String a = WriterAliases.free(writers, Optional.empty());
                writers.add(new Writer(a, account, g.name(), g.path(), Principals.ecsOnly(), g.abort(), g.tagging(), ""));
                added++;
                notes.add(new NotRepresented(bucketPolicy.file(), bucketPolicy.lineOf(g.index()), Message.of(
                        "import.sharedRole.accountWithoutRole", bucketPolicy.address(), sid(g), account, g.pathAndName(), a)));
            }
            free.get(g).clear();
            if (!given.get(g).isEmpty() && candidates.get(g) > 1) {
                notes.add(new NotRepresented(bucketPolicy.file(), bucketPolicy.lineOf(g.index()), Message.of(
                        "import.sharedRole.accountsInOrder", bucketPolicy.address(), sid(g),
                        String.join(", ", g.accounts().stream().filter(x -> !reserved.contains(x)).toList()),
                        String.join(", ", given.get(g)))));
            }
        }
        return added;
    }

    private static String sid(SharedRoleStatements.Group g) {
        return g.statement().sid().isEmpty() ? "#" + (g.index() + 1) : g.statement().sid();
    }
}
