package dev.s3grant.existing.adopt;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of Terraform files read for adoption: their top-level blocks, the values known in them, and
 * for each resource the object it declares ({@link #identity(DeclaredBlock)}), so that two sets can be
 * matched object by object whatever their resource names.
 */
final class TerraformSet {

    /** The bucket-side resources that configure one bucket: one each per bucket. */
    static final List<String> BUCKET_SETTINGS = List.of("aws_s3_bucket_policy", "aws_s3_bucket_ownership_controls",
            "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration");

    private final Map<String, String> texts;
    private final Map<String, HclFile> parsed;
    private final List<DeclaredBlock> blocks;
    private final KnownValues values;

    private TerraformSet(Map<String, String> texts, Map<String, HclFile> parsed, List<DeclaredBlock> blocks, KnownValues values) {
        this.texts = texts;
        this.parsed = parsed;
        this.blocks = blocks;
        this.values = values;
    }

    /**
     * Reads {@code files} by name: the {@code .tf} files are parsed, {@code terraform.tfvars} and
     * {@code *.auto.tfvars} give the variables their values (in Terraform's order), defaults the rest.
     */
    static TerraformSet read(Map<String, String> files) {
        Map<String, String> texts = new TreeMap<>();
        Map<String, HclFile> parsed = new TreeMap<>();
        List<DeclaredBlock> blocks = new ArrayList<>();
        Map<String, HclValue> variables = new LinkedHashMap<>();
        Map<String, HclValue> locals = new LinkedHashMap<>();
        Map<String, HclBlock> resources = new LinkedHashMap<>();
        new TreeMap<>(files).forEach((name, text) -> {
            if (!name.endsWith(".tf")) {
                return;
            }
            HclFile file = HclParser.parse(text);
            texts.put(name, text);
            parsed.put(name, file);
            for (HclBlock block : file.body().blocks()) {
                DeclaredBlock declared = DeclaredBlock.of(name, block);
                blocks.add(declared);
                if (declared.isResource()) {
                    resources.putIfAbsent(declared.address(), block);
                } else if (block.type().equals("variable") && block.labels().size() == 1) {
                    block.body().attribute("default").ifPresent(a -> variables.put(block.labels().get(0), a.expression().value()));
                } else if (block.type().equals("locals")) {
                    block.body().attributes().forEach(a -> locals.put(a.name(), a.expression().value()));
                }
            }
        });
        List<String> tfvars = new ArrayList<>();
        if (files.containsKey("terraform.tfvars")) {
            tfvars.add("terraform.tfvars");
        }
        files.keySet().stream().filter(n -> n.endsWith(".auto.tfvars")).sorted().forEach(tfvars::add);
        for (String name : tfvars) {
            for (HclAttribute a : HclParser.parse(files.get(name)).body().attributes()) {
                variables.put(a.name(), a.expression().value());
            }
        }
        return new TerraformSet(texts, parsed, List.copyOf(blocks), new KnownValues(variables, locals, resources));
    }

    List<DeclaredBlock> blocks() {
        return blocks;
    }

    List<DeclaredBlock> resources() {
        return blocks.stream().filter(DeclaredBlock::isResource).toList();
    }

    Map<String, String> texts() {
        return texts;
    }

    HclFile parsed(String file) {
        return parsed.get(file);
    }

    KnownValues values() {
        return values;
    }

    /**
     * The object a resource declares, as a key both sets agree on: {@code aws_iam_role:NAME},
     * {@code aws_iam_role_policy:ROLE}, {@code aws_s3_bucket:BUCKET}, {@code aws_s3_bucket_policy:BUCKET}
     * (and the other bucket settings), {@code aws_kms_alias:NAME}, {@code aws_kms_key:ALIAS} for a key
     * an alias points to, {@code aws_iam_instance_profile:NAME}. Empty for a resource the design never
     * declares, or whose names are not known.
     */
    Optional<String> identity(DeclaredBlock resource) {
        String type = resource.resourceType();
        HclBlock block = resource.block();
        Optional<String> key = switch (type) {
            case "aws_iam_role", "aws_iam_instance_profile", "aws_kms_alias" -> values.attribute(block, "name");
            case "aws_iam_role_policy" -> values.attribute(block, "role");
            case "aws_s3_bucket" -> values.attribute(block, "bucket");
            case "aws_kms_key" -> aliasOf(resource);
            default -> BUCKET_SETTINGS.contains(type) ? values.attribute(block, "bucket") : Optional.empty();
        };
        return key.map(k -> type + ":" + k);
    }

    /** The name of the alias whose {@code target_key_id} refers to this key. */
    private Optional<String> aliasOf(DeclaredBlock key) {
        String prefix = key.address() + ".";
        for (DeclaredBlock alias : resources()) {
            if (!alias.resourceType().equals("aws_kms_alias")) {
                continue;
            }
            Optional<HclAttribute> target = alias.block().body().attribute("target_key_id");
            if (target.isPresent() && target.get().expression().value() instanceof HclReference r
                    && r.traversal().startsWith(prefix)) {
                return values.attribute(alias.block(), "name");
            }
        }
        return Optional.empty();
    }
}
