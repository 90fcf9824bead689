package dev.s3grant.existing.check;

import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.terraform.TerraformNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads one path given to {@code check --against}: a folder of {@code .tf} files (with
 * {@code terraform.tfvars} and {@code *.auto.tfvars}), single {@code .tf} files, or policy JSON files
 * (a document, or the output of {@code aws s3api get-bucket-policy} / {@code aws kms get-key-policy}).
 * The resources it understands are {@code aws_s3_bucket}, {@code aws_s3_bucket_policy},
 * {@code aws_s3_bucket_ownership_controls}, {@code aws_s3_bucket_server_side_encryption_configuration},
 * {@code aws_iam_role}, {@code aws_iam_role_policy}, {@code aws_iam_policy} with
 * {@code aws_iam_role_policy_attachment}, and {@code aws_kms_key}; policies are read from
 * {@code jsonencode}, JSON strings and {@code aws_iam_policy_document} data sources.
 */
public final class ExistingSideReader {

    private ExistingSideReader() {
    }

    /**
     * The sides of one path: the path's own, then, for a folder with a shared writer folder ({@code writer/} with
     * {@code accounts/*.tfvars}, docs/decisions/0044-shared-writer-file.md), that folder once per account, as each
     * account applies it. A shared writer folder given itself is read as its accounts alone.
     *
     * @throws InputException when the path is missing, unreadable or holds nothing this reader knows
     */
    public static List<ExistingSide> readAll(Path path) throws InputException {
        List<ExistingSide> sides = new ArrayList<>();
        if (SharedWriterSides.isWriterFolder(path)) {
            return SharedWriterSides.read(path);
        }
        Path writer = path.resolve(TerraformNames.SHARED_WRITER_FOLDER);
        boolean sharedWriter = Files.isDirectory(path) && SharedWriterSides.isWriterFolder(writer);
        sides.add(read(path, sharedWriter));
        if (sharedWriter) {
            sides.addAll(SharedWriterSides.read(writer));
        }
        return sides;
    }

    /** @throws InputException when the path is missing, unreadable or holds nothing this reader knows */
    public static ExistingSide read(Path path) throws InputException {
        return read(path, false);
    }

    /** @param withoutWriterFolder leave out the {@code writer/} folder's files, read once per account instead */
    private static ExistingSide read(Path path, boolean withoutWriterFolder) throws InputException {
        String label = path.toString();
        if (!Files.isDirectory(path) && ExistingTerraform.name(path).endsWith(".json")) {
            return JsonPolicyFiles.side(label, Map.of(ExistingTerraform.name(path), DesignFiles.readText(path, DesignFiles.MAX_BYTES)));
        }
        ExistingTerraform terraform = ExistingTerraform.read(path);
        Map<String, String> tfvars = Files.isDirectory(path) ? tfvars(path) : Map.of();
        if (terraform.files().isEmpty() && Files.isDirectory(path)) {
            Map<String, String> json = jsonFiles(path);
            if (!json.isEmpty()) {
                return JsonPolicyFiles.side(label, json);
            }
            throw new InputException(InputProblem.ofFile(label, Message.of("existing.check.nothingToRead", label)));
        }
        Map<String, SourceFile> files = new TreeMap<>(terraform.files());
        if (withoutWriterFolder) {
            files.keySet().removeIf(name -> name.startsWith(TerraformNames.SHARED_WRITER_FOLDER + "/"));
        }
        return new ExistingSideReader.Module(label, files, tfvars).side();
    }

    /** One module read from its files and values files as given. */
    static ExistingSide module(String label, Map<String, SourceFile> files, Map<String, String> tfvars) {
        return new ExistingSideReader.Module(label, files, tfvars).side();
    }

    static Map<String, String> tfvars(Path folder) throws InputException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : list(folder, name -> name.equals("terraform.tfvars") || name.endsWith(".auto.tfvars"))) {
            texts.put(ExistingTerraform.name(file), DesignFiles.readText(file, DesignFiles.MAX_BYTES));
        }
        return texts;
    }

    private static Map<String, String> jsonFiles(Path folder) throws InputException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : list(folder, name -> name.endsWith(".json"))) {
            texts.put(ExistingTerraform.name(file), DesignFiles.readText(file, DesignFiles.MAX_BYTES));
        }
        return texts;
    }

    static List<Path> list(Path folder, java.util.function.Predicate<String> name) throws InputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> name.test(ExistingTerraform.name(p)) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            String shown = folder.toString();
            throw new InputException(InputProblem.ofFile(shown, Message.of("file.ioError", shown, String.valueOf(e.getMessage()))));
        }
    }

    /** One Terraform module: every file's blocks, read together as Terraform reads a folder. */
    private static final class Module {

        private final String label;
        private final Map<String, List<HclBlock>> blocksByFile = new TreeMap<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final Map<String, String> locals = new LinkedHashMap<>();
        private final List<String> unread = new ArrayList<>();
        private final TerraformPolicies policies;

        Module(String label, Map<String, SourceFile> files, Map<String, String> tfvars) {
            this.label = label;
            List<HclBlock> blocks = new ArrayList<>();
            files.forEach((name, source) -> {
                HclFile parsed = HclParser.parse(source.text());
                if (parsed.hasErrors()) {
                    unread.add(name + ":" + parsed.errors().get(0).range().startLine() + ": HCL");
                }
                blocksByFile.put(name, parsed.body().blocks());
                blocks.addAll(parsed.body().blocks());
            });
            this.policies = new TerraformPolicies(blocks);
            readValues(tfvars);
        }

        private void readValues(Map<String, String> tfvars) {
            Map<String, String> defaults = new LinkedHashMap<>();
            forEachBlock((file, block) -> {
                if (block.type().equals("variable") && block.labels().size() == 1) {
                    block.body().attribute("default").map(a -> a.expression().value())
                            .flatMap(Module::literal).ifPresent(v -> defaults.put(block.labels().get(0), v));
                } else if (block.type().equals("locals")) {
                    for (HclAttribute a : block.body().attributes()) {
                        literalOrTemplate(a.expression().value()).ifPresent(v -> locals.put(a.name(), v));
                    }
                }
            });
            variables.putAll(defaults);
            // tfvars override defaults; *.auto.tfvars after terraform.tfvars, in name order, as Terraform loads them
            List<String> order = new ArrayList<>(tfvars.keySet());
            order.sort((a, b) -> a.equals("terraform.tfvars") ? -1 : b.equals("terraform.tfvars") ? 1 : a.compareTo(b));
            for (String name : order) {
                for (HclAttribute a : HclParser.parse(tfvars.get(name)).body().attributes()) {
                    literal(a.expression().value()).ifPresent(v -> variables.put(a.name(), v));
                }
            }
        }

        private static Optional<String> literal(HclValue value) {
            String text = TerraformPolicies.text(value);
            return text.contains("${") || text.startsWith("{") || text.startsWith("[") ? Optional.empty() : Optional.of(text);
        }

        private static Optional<String> literalOrTemplate(HclValue value) {
            String text = TerraformPolicies.text(value);
            return text.startsWith("{") || text.startsWith("[") ? Optional.empty() : Optional.of(text);
        }

        private void forEachBlock(java.util.function.BiConsumer<String, HclBlock> action) {
            blocksByFile.forEach((file, blocks) -> blocks.forEach(b -> action.accept(file, b)));
        }

        ExistingSide side() {
            Map<String, String> bucketNames = new LinkedHashMap<>();
            Map<String, String> bucketFiles = new LinkedHashMap<>();
            List<ReadPolicy> bucketPolicies = new ArrayList<>();
            String[] ownership = {""};
            String[] kmsKey = {""};
            boolean[] bucketKey = {false};
            Map<String, ExistingRoleParts> roles = new LinkedHashMap<>();
            Map<String, ReadPolicy> managed = new LinkedHashMap<>();
            List<String[]> attachments = new ArrayList<>();
            Map<String, ReadPolicy> keys = new LinkedHashMap<>();
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            forEachBlock((file, block) -> {
                if (!block.type().equals("resource") || block.labels().size() != 2) {
                    return;
                }
                String type = block.labels().get(0);
                String address = type + "." + block.labels().get(1);
                HclBody body = block.body();
                switch (type) {
                    case "aws_s3_bucket" -> {
                        bucketNames.put(address, text(body, "bucket"));
                        bucketFiles.put(address, file);
                    }
                    case "aws_s3_bucket_policy" -> policy(file, address, body, "policy")
                            .ifPresent(bucketPolicies::add);
                    case "aws_s3_bucket_ownership_controls" -> body.blocks("rule").stream().findFirst()
                            .ifPresent(rule -> ownership[0] = text(rule.body(), "object_ownership"));
                    case "aws_s3_bucket_server_side_encryption_configuration" -> body.blocks("rule").forEach(rule -> {
                        bucketKey[0] = text(rule.body(), "bucket_key_enabled").equals("true");
                        rule.body().blocks("apply_server_side_encryption_by_default").forEach(d -> {
                            if (text(d.body(), "sse_algorithm").startsWith("aws:kms")) {
                                kmsKey[0] = text(d.body(), "kms_master_key_id");
                            }
                        });
                    });
                    case "aws_iam_role" -> {
                        ExistingRoleParts parts = roles.computeIfAbsent(address, a -> new ExistingRoleParts(file, a));
                        parts.name = text(body, "name");
                        parts.path = body.attribute("path").isPresent() ? text(body, "path") : "/";
                        parts.trust = policy(file, address, body, "assume_role_policy").map(ReadPolicy::document).orElse(null);
                        if (parts.trust == null) {
                            unread.add(file + ": " + address + ".assume_role_policy");
                        }
                    }
                    case "aws_iam_role_policy" -> {
                        String role = roleAddress(body);
                        Optional<ReadPolicy> read = policy(file, address, body, "policy");
                        read.ifPresent(p -> roles.computeIfAbsent(role, a -> new ExistingRoleParts(file, a)).policies.add(p));
                    }
                    case "aws_iam_policy" -> policy(file, address, body, "policy").ifPresent(p -> managed.put(address, p));
                    case "aws_iam_role_policy_attachment" -> attachments.add(new String[] {roleAddress(body),
                            text(body, "policy_arn").replaceAll("^\\$\\{(aws_iam_policy\\.[^.}]+)\\.arn}$", "$1")});
                    case "aws_kms_key" -> policy(file, address, body, "policy").ifPresent(p -> keys.put(address, p));
                    case "aws_kms_alias" -> aliases.computeIfAbsent(text(body, "target_key_id")
                            .replaceAll("^\\$\\{(aws_kms_key\\.[^.}]+)\\.(id|key_id|arn)}$", "$1"), k -> new ArrayList<>())
                            .add(text(body, "name"));
                    case "aws_kms_key_policy" -> policy(file, address, body, "policy")
                            .ifPresent(p -> keys.put(text(body, "key_id").replaceAll("^\\$\\{(aws_kms_key\\.[^.}]+)\\.(id|key_id|arn)}$", "$1"), p));
                    default -> {
                    }
                }
            });
            for (String[] attachment : attachments) {
                ReadPolicy policy = managed.get(attachment[1]);
                ExistingRoleParts role = roles.get(attachment[0]);
                if (policy != null && role != null) {
                    role.policies.add(policy);
                }
            }
            List<ExistingRole> declared = new ArrayList<>();
            roles.values().forEach(parts -> {
                if (parts.name != null && parts.trust != null) {
                    declared.add(new ExistingRole(parts.file, parts.address, parts.name, parts.path, parts.trust, parts.policies));
                }
            });
            Optional<ExistingBucket> bucket = Optional.empty();
            if (!bucketNames.isEmpty() || !bucketPolicies.isEmpty()) {
                String first = bucketNames.keySet().stream().findFirst().orElse("");
                String file = first.isEmpty() ? bucketPolicies.get(0).file() : bucketFiles.get(first);
                String name = first.isEmpty() ? "" : bucketNames.get(first);
                bucket = Optional.of(new ExistingBucket(file, first, name, bucketPolicies.stream().findFirst(), ownership[0],
                        kmsKey[0], bucketKey[0]));
            }
            return new ExistingSide(label, bucket, declared, keys, aliases, variables, locals, unread);
        }

        private Optional<ReadPolicy> policy(String file, String address, HclBody body, String attribute) {
            Optional<HclAttribute> value = body.attribute(attribute);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            Optional<PolicyDocument> document = policies.read(value.get().expression().value());
            if (document.isEmpty()) {
                unread.add(file + ":" + value.get().range().startLine() + ": " + address + "." + attribute);
            }
            return document.map(d -> new ReadPolicy(file + "#" + address, file, d));
        }

        private static String roleAddress(HclBody body) {
            return text(body, "role").replaceAll("^\\$\\{(aws_iam_role\\.[^.}]+)\\.(id|name)}$", "$1");
        }

        private static String text(HclBody body, String attribute) {
            return body.attribute(attribute).map(a -> TerraformPolicies.text(a.expression().value())).orElse("");
        }
    }

    /** A role as its blocks are found: the role itself and its policies may come in any order. */
    private static final class ExistingRoleParts {
        final String file;
        final String address;
        String name;
        String path = "/";
        PolicyDocument trust;
        final List<ReadPolicy> policies = new ArrayList<>();

        ExistingRoleParts(String file, String address) {
            this.file = file;
            this.address = address;
        }
    }
}
