package dev.s3grant.existing.adopt;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclExpression;
import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclNumber;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.hcl.TemplatePart;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a set of Terraform files as far as they are known without planning: literals,
 * string templates, variables (from {@code terraform.tfvars}, then {@code *.auto.tfvars}, else their
 * defaults), locals, and the name-like attributes of resources ({@code aws_iam_role.x.id} is the
 * role's name, {@code aws_s3_bucket.x.id} the bucket's name), and {@code replace}, {@code lower} and
 * {@code upper} of known values. Anything else is unknown.
 */
final class KnownValues {

    private static final int MAX_DEPTH = 16;

    private final Map<String, HclValue> variables;
    private final Map<String, HclValue> locals;
    private final Map<String, HclBlock> resources;

    KnownValues(Map<String, HclValue> variables, Map<String, HclValue> locals, Map<String, HclBlock> resources) {
        this.variables = new HashMap<>(variables);
        this.locals = new HashMap<>(locals);
        this.resources = new HashMap<>(resources);
    }

    /** The value of the block's attribute, when it is known. */
    Optional<String> attribute(HclBlock block, String name) {
        return block.body().attribute(name).map(HclAttribute::expression).map(HclExpression::value)
                .flatMap(v -> value(v, 0));
    }

    Optional<String> value(HclValue value) {
        return value(value, 0);
    }

    private Optional<String> value(HclValue value, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (value instanceof HclString s) {
            return template(s, depth);
        }
        if (value instanceof HclBool b) {
            return Optional.of(String.valueOf(b.value()));
        }
        if (value instanceof HclNumber n) {
            return Optional.of(n.value().toPlainString());
        }
        if (value instanceof HclReference r) {
            return reference(r.traversal(), depth);
        }
        if (value instanceof HclFunctionCall call) {
            return function(call, depth);
        }
        return Optional.empty();
    }

    /** {@code replace} of a plain substring, {@code lower} and {@code upper}; any other function is unknown. */
    private Optional<String> function(HclFunctionCall call, int depth) {
        java.util.List<Optional<String>> args = call.arguments().stream().map(a -> value(a, depth + 1)).toList();
        if (args.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return switch (call.name() + "/" + args.size()) {
            case "replace/3" -> args.get(1).get().startsWith("/") && args.get(1).get().endsWith("/") && args.get(1).get().length() > 1
                    ? Optional.empty()
                    : Optional.of(args.get(0).get().replace(args.get(1).get(), args.get(2).get()));
            case "lower/1" -> Optional.of(args.get(0).get().toLowerCase(java.util.Locale.ROOT));
            case "upper/1" -> Optional.of(args.get(0).get().toUpperCase(java.util.Locale.ROOT));
            default -> Optional.empty();
        };
    }

    private Optional<String> template(HclString s, int depth) {
        StringBuilder text = new StringBuilder();
        for (TemplatePart part : s.parts()) {
            if (part instanceof TemplatePart.Literal literal) {
                text.append(literal.text());
            } else if (part instanceof TemplatePart.Interpolation interpolation) {
                Optional<String> inner = value(interpolation.value(), depth + 1);
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

    private Optional<String> reference(String traversal, int depth) {
        if (traversal.contains("[")) {
            return Optional.empty();
        }
        String[] parts = traversal.split("\\.");
        if (parts.length == 2 && parts[0].equals("var")) {
            return Optional.ofNullable(variables.get(parts[1])).flatMap(v -> value(v, depth + 1));
        }
        if (parts.length == 2 && parts[0].equals("local")) {
            return Optional.ofNullable(locals.get(parts[1])).flatMap(v -> value(v, depth + 1));
        }
        if (parts.length == 3) {
            HclBlock resource = resources.get(parts[0] + "." + parts[1]);
            return resource == null ? Optional.empty() : nameLike(resource, parts[0], parts[2], depth);
        }
        return Optional.empty();
    }

    /** The attributes of a resource that are its name: {@code id} of a role or a bucket, {@code name}, {@code bucket}. */
    private Optional<String> nameLike(HclBlock resource, String type, String attribute, int depth) {
        String source = switch (type + "." + attribute) {
            case "aws_iam_role.id", "aws_iam_role.name", "aws_iam_instance_profile.id", "aws_iam_instance_profile.name",
                 "aws_kms_alias.name" -> "name";
            case "aws_s3_bucket.id", "aws_s3_bucket.bucket" -> "bucket";
            case "aws_iam_role.path", "aws_iam_instance_profile.path" -> "path";
            default -> null;
        };
        if (source == null) {
            return Optional.empty();
        }
        if (source.equals("path") && resource.body().attribute("path").isEmpty()) {
            return Optional.of("/");
        }
        return resource.body().attribute(source).flatMap(a -> value(a.expression().value(), depth + 1));
    }
}
