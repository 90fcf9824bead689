package dev.s3grant.existing.adopt;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.findings.AdoptionRules;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adopts generated Terraform over existing Terraform (decision 0030). A resource of the existing
 * files that declares the same object as a generated one ({@link TerraformSet#identity}) keeps its
 * state: a {@code moved} block takes it from its old address to the generated one, and force-new
 * values the design does not decide (an inline policy's name) keep their existing value; where the
 * design changes one (a role's path), a finding says the resource is replaced. Its block leaves the
 * existing file; every other block stays byte for byte, with references to moved resources renamed,
 * and is listed as left alone.
 */
public final class Adopter {

    /** The file that holds the {@code moved} blocks. */
    public static final String MOVED_FILE = "moved.tf";
    /** The name prefix of what is left of an existing file whose name a generated file takes. */
    public static final String KEPT_PREFIX = "existing_";
    /** Blocks of the existing files that a generated block of the same address replaces. */
    private static final Set<String> REPLACEABLE = Set.of("variable", "data", "output");
    static final String EMPTIED = "# Every block of this file now lives in the files of S3 Grant Designer (see moved.tf).\n";

    private final TerraformSet generated;
    private final TerraformSet existing;
    private final Map<String, String> existingFiles;
    private final Map<DeclaredBlock, DeclaredBlock> matches = new LinkedHashMap<>();
    private final Map<String, List<Edit>> edits = new TreeMap<>();
    private final List<KeptValue> kept = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private record Edit(Range range, String text) {
    }

    private Adopter(Map<String, String> generated, Map<String, String> existing) {
        this.existingFiles = existing;
        this.generated = TerraformSet.read(generated);
        this.existing = TerraformSet.read(existing);
    }

    /**
     * The generated files (by name) adopted over the existing ones (by name; {@code .tf} files and
     * {@code terraform.tfvars} / {@code *.auto.tfvars} for variable values).
     */
    public static AdoptedFiles adopt(Map<String, String> generatedFiles, Map<String, String> existingFiles) {
        return new Adopter(generatedFiles, existingFiles).run(generatedFiles);
    }

    private AdoptedFiles run(Map<String, String> generatedFiles) {
        match();
        List<Move> moves = new ArrayList<>();
        Map<String, String> renames = new TreeMap<>();
        matches.forEach((old, now) -> {
            if (!old.address().equals(now.address())) {
                moves.add(new Move(old.address(), now.address(), old.where()));
                renames.put(old.address(), now.address());
            }
            forceNewValues(old, now);
        });
        moves.sort(Comparator.comparing(Move::to));
        Set<String> generatedAddresses = new HashSet<>();
        generated.blocks().forEach(b -> generatedAddresses.add(b.address()));

        Map<String, String> out = new LinkedHashMap<>();
        generatedFiles.forEach((name, text) -> out.put(name, edited(name, text)));
        if (!moves.isEmpty()) {
            out.put(MOVED_FILE, movedFile(moves));
        }
        Set<DeclaredBlock> leaving = leaving(generatedAddresses);
        List<LeftAlone> leftAlone = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<String, String> file : existing.texts().entrySet()) {
            String name = file.getKey();
            List<Range> dropped = new ArrayList<>();
            int remaining = 0;
            for (DeclaredBlock block : existing.blocks()) {
                if (!block.file().equals(name)) {
                    continue;
                }
                if (leaving.contains(block)) {
                    dropped.add(block.block().range());
                    continue;
                }
                remaining++;
                if (block.isResource() && generatedAddresses.contains(block.address())) {
                    findings.add(AdoptionRules.ADDRESS_TAKEN.at(new Location.FileElementLocation(name, block.address()),
                            block.address(), block.where()));
                }
                if (List.of("resource", "data", "module").contains(block.block().type())) {
                    leftAlone.add(new LeftAlone(block.address(), block.where()));
                }
            }
            String rest = BlockCutter.rename(BlockCutter.cut(file.getValue(), dropped), renames);
            boolean taken = generatedFiles.containsKey(name) || (name.equals(MOVED_FILE) && !moves.isEmpty());
            if (taken) {
                if (remaining > 0) {
                    out.put(KEPT_PREFIX + name, rest);
                    rewritten.add(KEPT_PREFIX + name);
                }
            } else if (!rest.equals(file.getValue())) {
                out.put(name, rest.isBlank() ? EMPTIED : rest);
                rewritten.add(name);
            }
        }
        keptValues(generatedFiles, out, rewritten);
        return new AdoptedFiles(out, moves, kept, leftAlone, rewritten, findings);
    }

    /**
     * The existing {@code terraform.tfvars}, when a generated one takes its name: the values it gives
     * variables the generated files do not set go on in {@code existing_terraform.auto.tfvars}.
     */
    private void keptValues(Map<String, String> generatedFiles, Map<String, String> out, List<String> rewritten) {
        String name = "terraform.tfvars";
        String old = existingFiles.get(name);
        if (old == null || !generatedFiles.containsKey(name)) {
            return;
        }
        Set<String> ours = new HashSet<>();
        HclParser.parse(generatedFiles.get(name)).body().attributes().forEach(a -> ours.add(a.name()));
        List<Range> dropped = new ArrayList<>();
        int remaining = 0;
        for (HclAttribute a : HclParser.parse(old).body().attributes()) {
            if (ours.contains(a.name())) {
                dropped.add(a.range());
            } else {
                remaining++;
            }
        }
        if (remaining > 0) {
            out.put(KEPT_PREFIX + "terraform.auto.tfvars", BlockCutter.cut(old, dropped));
            rewritten.add(KEPT_PREFIX + "terraform.auto.tfvars");
        }
    }

    /**
     * The existing blocks that leave their files: the adopted resources, the declarations the
     * generated files make under the same address, and the data sources that only leaving blocks
     * use (an {@code aws_iam_policy_document} of an adopted policy).
     */
    private Set<DeclaredBlock> leaving(Set<String> generatedAddresses) {
        Set<DeclaredBlock> leaving = new java.util.LinkedHashSet<>(matches.keySet());
        for (DeclaredBlock block : existing.blocks()) {
            if (REPLACEABLE.contains(block.block().type()) && generatedAddresses.contains(block.address())) {
                leaving.add(block);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (DeclaredBlock data : existing.blocks()) {
                if (!data.block().type().equals("data") || leaving.contains(data)) {
                    continue;
                }
                java.util.regex.Pattern use = java.util.regex.Pattern.compile(
                        "(?<![\\w.\\-])" + java.util.regex.Pattern.quote(data.address()) + "(?![\\w\\-])");
                boolean usedByLeaving = leaving.stream().anyMatch(b -> use.matcher(text(b)).find());
                boolean usedByStaying = existing.blocks().stream()
                        .anyMatch(b -> b != data && !leaving.contains(b) && use.matcher(text(b)).find());
                if (usedByLeaving && !usedByStaying) {
                    leaving.add(data);
                    more = true;
                }
            }
        }
        return leaving;
    }

    private String text(DeclaredBlock block) {
        Range r = block.block().range();
        return existing.texts().get(block.file()).substring(r.startOffset(), r.endOffset());
    }

    /** Pairs each generated resource with the existing resource that declares the same object, if any. */
    private void match() {
        Map<String, List<DeclaredBlock>> byIdentity = new LinkedHashMap<>();
        for (DeclaredBlock old : existing.resources()) {
            existing.identity(old).ifPresent(id -> byIdentity.computeIfAbsent(id, k -> new ArrayList<>()).add(old));
        }
        for (DeclaredBlock now : generated.resources()) {
            Optional<String> id = generated.identity(now);
            if (id.isEmpty() || !byIdentity.containsKey(id.get())) {
                continue;
            }
            List<DeclaredBlock> free = byIdentity.get(id.get()).stream().filter(old -> !matches.containsKey(old)).toList();
            if (!free.isEmpty()) {
                chooseAmong(free, now).ifPresent(old -> matches.put(old, now));
            }
        }
    }

    /**
     * Of several existing resources for one object: the one at the same address, else (inline
     * policies, of which a role may have several) the one of the same name, else the only one.
     */
    private Optional<DeclaredBlock> chooseAmong(List<DeclaredBlock> candidates, DeclaredBlock now) {
        for (DeclaredBlock old : candidates) {
            if (old.address().equals(now.address())) {
                return Optional.of(old);
            }
        }
        if (now.resourceType().equals("aws_iam_role_policy")) {
            Optional<String> name = generated.values().attribute(now.block(), "name");
            for (DeclaredBlock old : candidates) {
                if (name.isPresent() && existing.values().attribute(old.block(), "name").equals(name)) {
                    return Optional.of(old);
                }
            }
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    /** Keeps or reports the values whose change makes Terraform replace the resource. */
    private void forceNewValues(DeclaredBlock old, DeclaredBlock now) {
        switch (now.resourceType()) {
            case "aws_iam_role" -> compare(old, now, "path", "/", AdoptionRules.ROLE_REPLACED);
            case "aws_iam_instance_profile" -> compare(old, now, "path", "/", AdoptionRules.RESOURCE_REPLACED);
            case "aws_kms_key" -> {
                compare(old, now, "customer_master_key_spec", "SYMMETRIC_DEFAULT", AdoptionRules.RESOURCE_REPLACED);
                compare(old, now, "key_usage", "ENCRYPT_DECRYPT", AdoptionRules.RESOURCE_REPLACED);
            }
            case "aws_iam_role_policy" -> keepName(old, now);
            default -> {
            }
        }
    }

    private void compare(DeclaredBlock old, DeclaredBlock now, String attribute, String defaultValue,
                         dev.s3grant.analysis.findings.Rule rule) {
        Optional<String> was = valueOrDefault(existing, old.block(), attribute, defaultValue);
        Optional<String> will = valueOrDefault(generated, now.block(), attribute, defaultValue);
        if (was.isPresent() && will.isPresent() && !was.get().equals(will.get())) {
            findings.add(rule.at(location(now), now.address(), old.address() + " (" + old.where() + ")", attribute,
                    was.get(), will.get()));
        }
    }

    private static Optional<String> valueOrDefault(TerraformSet set, HclBlock block, String attribute, String defaultValue) {
        if (block.body().attribute(attribute).isEmpty()) {
            return Optional.of(defaultValue);
        }
        return set.values().attribute(block, attribute);
    }

    /** An inline policy keeps its existing name: a new name makes Terraform replace it. */
    private void keepName(DeclaredBlock old, DeclaredBlock now) {
        Optional<HclAttribute> oldName = old.block().body().attribute("name");
        Optional<HclAttribute> newName = now.block().body().attribute("name");
        Optional<String> was = existing.values().attribute(old.block(), "name");
        Optional<String> will = generated.values().attribute(now.block(), "name");
        if (newName.isEmpty() || was.equals(will) && was.isPresent()) {
            return;
        }
        if (was.isPresent()) {
            edits.computeIfAbsent(now.file(), k -> new ArrayList<>())
                    .add(new Edit(newName.get().expression().range(), quote(was.get())));
            kept.add(new KeptValue(now.address(), "name", was.get(), will.orElse(newName.get().expression().text())));
            return;
        }
        String shown = oldName.map(a -> a.expression().text()).orElse("-");
        findings.add(AdoptionRules.RESOURCE_REPLACED.at(location(now), now.address(), old.address() + " (" + old.where() + ")",
                "name", shown, will.orElse(newName.get().expression().text())));
    }

    private String edited(String name, String text) {
        List<Edit> fileEdits = edits.getOrDefault(name, List.of());
        StringBuilder out = new StringBuilder(text);
        fileEdits.stream().sorted(Comparator.comparingInt((Edit e) -> e.range().startOffset()).reversed())
                .forEach(e -> out.replace(e.range().startOffset(), e.range().endOffset(), e.text()));
        return out.toString();
    }

    private static Location location(DeclaredBlock block) {
        return new Location.FileElementLocation(block.file(), block.address());
    }

    static String movedFile(List<Move> moves) {
        StringBuilder text = new StringBuilder("""
                # S3 Grant Designer: resources that the existing files declare under other addresses.
                # Terraform moves them in its state; nothing is destroyed or created again. Keep these blocks.
                """);
        for (Move move : moves) {
            text.append("\nmoved {\n  from = ").append(move.from()).append("\n  to   = ").append(move.to()).append("\n}\n");
        }
        return text.toString();
    }

    /** A quoted HCL string with the characters that would start an escape or a template escaped. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("${", "$${").replace("%{", "%%{") + "\"";
    }
}
