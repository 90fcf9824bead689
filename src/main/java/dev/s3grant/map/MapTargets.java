package dev.s3grant.map;

import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.document.BlockRole;
import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.policy.Effect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the elements of the generated files that the boxes and arrows stand for, so every target of
 * the map names a file and an element that exist.
 */
final class MapTargets {

    /** The Terraform blocks by role and writer, and the statements of each file by Sid: indexed once. */
    private final Map<BlockRole, Map<OptionalInt, List<ElementTarget>>> blocks = new EnumMap<>(BlockRole.class);
    private final Map<String, Set<String>> statements = new HashMap<>();
    private final String policiesFolder;

    /** {@code policiesFolder} is the folder of the policy files ({@code policies/}), ending in a slash. */
    MapTargets(List<GeneratedFile> files, String policiesFolder) {
        this.policiesFolder = policiesFolder;
        for (GeneratedFile file : files) {
            for (FileElement e : file.elements()) {
                if (e.kind() == ElementKind.BLOCK && e.role().isPresent()) {
                    blocks.computeIfAbsent(e.role().get(), k -> new HashMap<>())
                            .computeIfAbsent(e.writer(), k -> new ArrayList<>())
                            .add(new ElementTarget(file.path(), e.id()));
                } else if (e.kind() == ElementKind.STATEMENT) {
                    statements.computeIfAbsent(file.path(), k -> new HashSet<>()).add(e.id());
                }
            }
        }
    }

    /** The Terraform blocks with this role in the file of this writer (empty: the owner's file). */
    List<ElementTarget> blocks(BlockRole role, OptionalInt writer) {
        return List.copyOf(blocks.getOrDefault(role, Map.of()).getOrDefault(writer, List.of()));
    }

    /** The statement {@code sid} of the policy file {@code fileName}, if the file has it. */
    Optional<ElementTarget> statement(String fileName, String sid) {
        String path = policiesFolder + fileName;
        return statements.getOrDefault(path, Set.of()).contains(sid)
                ? Optional.of(new ElementTarget(path, sid))
                : Optional.empty();
    }

    /** The Allow statements among those that decided a request, in the order given, each once. */
    List<ElementTarget> allowing(Collection<DecidingStatement> statements) {
        List<ElementTarget> found = new ArrayList<>();
        for (DecidingStatement s : statements) {
            if (s.effect() == Effect.Allow) {
                statement(s.document(), s.sid()).filter(t -> !found.contains(t)).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    static List<ElementTarget> concat(List<ElementTarget> first, List<ElementTarget> second) {
        List<ElementTarget> all = new ArrayList<>(first);
        second.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }
}
