package dev.s3grant.terraform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.hcl.TemplatePart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Terraform state (format version 4) that holds the resources some existing files declare, as if
 * they had been applied: each with its id and the attributes the AWS provider needs to plan over it
 * (the force-new ones: names, paths, buckets), values resolved from literals, variables
 * ({@code terraform.tfvars}, defaults), locals and other resources' names. Written by the adoption's
 * plan test; independent of the adoption's own reading of the files.
 */
final class ExistingState {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "111111111111";

    private final Map<String, HclValue> variables = new LinkedHashMap<>();
    private final Map<String, HclValue> locals = new LinkedHashMap<>();
    private final Map<String, HclBlock> resources = new LinkedHashMap<>();

    /** Reads {@code files} by name ({@code .tf} and {@code terraform.tfvars}). */
    ExistingState(Map<String, String> files) {
        new TreeMap<>(files).forEach((name, text) -> {
            if (!name.endsWith(".tf")) {
                return;
            }
            for (HclBlock b : HclParser.parse(text).body().blocks()) {
                switch (b.type()) {
                    case "resource" -> resources.put(b.labels().get(0) + "." + b.labels().get(1), b);
                    case "variable" -> b.body().attribute("default").ifPresent(a -> variables.put(b.labels().get(0), a.expression().value()));
                    case "locals" -> b.body().attributes().forEach(a -> locals.put(a.name(), a.expression().value()));
                    default -> {
                    }
                }
            }
        });
        if (files.containsKey("terraform.tfvars")) {
            HclParser.parse(files.get("terraform.tfvars")).body().attributes()
                    .forEach(a -> variables.put(a.name(), a.expression().value()));
        }
    }

    /** The resources of the state, for a module ({@code module.x}) or the root ({@code null}). */
    ArrayNode resources(String module) {
        ArrayNode out = JSON.createArrayNode();
        resources.forEach((address, block) -> {
            ObjectNode r = out.addObject();
            if (module != null) {
                r.put("module", module);
            }
            r.put("mode", "managed").put("type", block.labels().get(0)).put("name", block.labels().get(1))
                    .put("provider", "provider[\"registry.terraform.io/hashicorp/aws\"]");
            ObjectNode instance = r.putArray("instances").addObject();
            instance.put("schema_version", 0);
            instance.set("attributes", attributes(block));
            instance.putArray("sensitive_attributes");
        });
        return out;
    }

    /** A whole state file of these resources. */
    static String file(ArrayNode resources) {
        ObjectNode state = JSON.createObjectNode();
        state.put("version", 4).put("terraform_version", "1.11.0").put("serial", 1)
                .put("lineage", "5e2f8a3c-0d7b-4c1e-9a56-3b1f2e4d5c6a");
        state.putObject("outputs");
        state.set("resources", resources);
        return state.toPrettyString();
    }

    private ObjectNode attributes(HclBlock block) {
        ObjectNode a = JSON.createObjectNode();
        for (HclAttribute attribute : block.body().attributes()) {
            HclValue v = attribute.expression().value();
            if (v instanceof HclBool b) {
                a.put(attribute.name(), b.value());
            } else {
                value(v, 0).ifPresent(text -> a.put(attribute.name(), text));
            }
        }
        String type = block.labels().get(0);
        switch (type) {
            case "aws_iam_role" -> {
                String path = a.path("path").asText("/");
                a.put("path", path).put("id", a.path("name").asText())
                        .put("arn", "arn:aws:iam::" + ACCOUNT + ":role" + path + a.path("name").asText())
                        .put("unique_id", "AROAEXAMPLEUNIQUEID01").put("max_session_duration", 3600)
                        .put("force_detach_policies", false);
            }
            case "aws_iam_instance_profile" -> a.put("path", a.path("path").asText("/")).put("id", a.path("name").asText());
            case "aws_iam_role_policy" -> a.put("id", a.path("role").asText() + ":" + a.path("name").asText());
            case "aws_s3_bucket" -> a.put("id", a.path("bucket").asText()).put("arn", "arn:aws:s3:::" + a.path("bucket").asText())
                    .put("force_destroy", false);
            case "aws_kms_key" -> a.put("id", "1234abcd-12ab-34cd-56ef-1234567890ab").put("key_id", "1234abcd-12ab-34cd-56ef-1234567890ab");
            case "aws_kms_alias" -> a.put("id", a.path("name").asText());
            case "aws_s3_bucket_lifecycle_configuration" -> a.put("id", a.path("bucket").asText()).put("expected_bucket_owner", "");
            default -> a.put("id", a.has("bucket") ? a.path("bucket").asText() : type + "-existing");
        }
        return a;
    }

    private Optional<String> value(HclValue v, int depth) {
        if (depth > 10) {
            return Optional.empty();
        }
        if (v instanceof HclString s) {
            StringBuilder text = new StringBuilder();
            for (TemplatePart part : s.parts()) {
                if (part instanceof TemplatePart.Literal l) {
                    text.append(l.text());
                } else if (part instanceof TemplatePart.Interpolation i) {
                    Optional<String> inner = value(i.value(), depth + 1);
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    text.append(inner.get());
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(text.toString());
        }
        if (v instanceof HclReference r) {
            String[] p = r.traversal().split("\\.");
            if (p.length == 2 && p[0].equals("var")) {
                return Optional.ofNullable(variables.get(p[1])).flatMap(x -> value(x, depth + 1));
            }
            if (p.length == 2 && p[0].equals("local")) {
                return Optional.ofNullable(locals.get(p[1])).flatMap(x -> value(x, depth + 1));
            }
            if (p.length == 3 && resources.containsKey(p[0] + "." + p[1])) {
                HclBlock target = resources.get(p[0] + "." + p[1]);
                if (p[0].equals("aws_kms_key")) {
                    return Optional.of("1234abcd-12ab-34cd-56ef-1234567890ab");
                }
                String from = p[0].equals("aws_s3_bucket") ? "bucket" : "name";
                return target.body().attribute(from).flatMap(x -> value(x.expression().value(), depth + 1));
            }
        }
        return Optional.empty();
    }
}
