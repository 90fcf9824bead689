package dev.s3grant.existing.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the <code>${...}</code> of existing files stand for, as far as the files say it without
 * evaluation: {@code var.NAME} (tfvars, then defaults, then the design's value of a variable of that
 * name), {@code local.NAME}, the name, ID and ARN of the buckets, roles and keys the files declare,
 * and {@code data.aws_caller_identity}, {@code data.aws_partition} and {@code data.aws_region}. A value
 * the files do not give gets a stand-in (an account variable a 12-digit stand-in of its own), so the
 * same variable is the same value everywhere; the report lists every stand-in.
 */
final class Values {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^{}]+)}");
    private static final Pattern RESOURCE = Pattern.compile("^(data\\.)?([a-z0-9_]+)\\.([A-Za-z0-9_-]+)(\\[[^\\]]*\\])?\\.([a-z_]+)$");
    private static final Pattern REPLACE = Pattern.compile("^replace\\(\\s*([A-Za-z0-9_.\\[\\]-]+)\\s*,\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)$");
    private static final int DEPTH = 6;

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, String> locals = new LinkedHashMap<>();
    private final Map<String, String> designValues;
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final Map<String, String> standIns = new LinkedHashMap<>();
    private final String partition;
    private final String region;
    private int accounts;

    Values(List<ExistingSide> sides, Map<String, String> designValues, String partition, String region) {
        for (ExistingSide side : sides) {
            side.variables().forEach(variables::putIfAbsent);
            side.locals().forEach(locals::putIfAbsent);
        }
        this.designValues = Map.copyOf(designValues);
        this.partition = partition;
        this.region = region;
    }

    /** Makes a resource attribute known, as {@code aws_s3_bucket.main.arn}. */
    void define(String reference, String value) {
        resources.put(reference, value);
    }

    String partition() {
        return partition;
    }

    /** The stand-ins given so far, by what they stand for. */
    Map<String, String> standIns() {
        return Map.copyOf(standIns);
    }

    /** A stand-in account ID for something the files do not say, the same each time for one name. */
    /** Records a stand-in that is not an account: {@code value} stands for {@code forWhat}. */
    void recordStandIn(String forWhat, String value) {
        standIns.put(forWhat, value);
    }

    String standInAccount(String forWhat) {
        return standIns.computeIfAbsent(forWhat, k -> {
            accounts++;
            return String.valueOf(accounts % 10).repeat(12);
        });
    }

    /** The text with every interpolation it can resolve replaced; {@code fileAccount} is the file's own account. */
    String resolve(String text, String fileAccount) {
        String current = text;
        for (int i = 0; i < DEPTH && current.contains("${"); i++) {
            Matcher m = INTERPOLATION.matcher(current);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String value = value(m.group(1).strip(), fileAccount);
                changed |= value != null;
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            m.appendTail(out);
            if (!changed) {
                break;
            }
            current = out.toString();
        }
        return current;
    }

    /** The document with every string resolved. */
    PolicyDocument resolve(PolicyDocument document, String fileAccount) {
        ObjectNode tree = PolicyJson.toTree(document);
        resolveTree(tree, fileAccount);
        return PolicyJson.fromTree(tree);
    }

    private void resolveTree(JsonNode node, String fileAccount) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> renamed = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    value = TextNode.valueOf(resolve(value.asText(), fileAccount));
                } else {
                    resolveTree(value, fileAccount);
                }
                renamed.put(resolve(field.getKey(), fileAccount), value);
            }
            object.removeAll();
            renamed.forEach(object::set);
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(resolve(array.get(i).asText(), fileAccount)));
                } else {
                    resolveTree(array.get(i), fileAccount);
                }
            }
        }
    }

    private String value(String expression, String fileAccount) {
        Matcher replace = REPLACE.matcher(expression);
        if (replace.matches()) {
            // replace(value, "literal", "literal"), as the designer's own files name an alias after the bucket
            String inner = value(replace.group(1), fileAccount);
            return inner == null ? null : inner.replace(replace.group(2), replace.group(3));
        }
        if (expression.startsWith("var.")) {
            String name = expression.substring(4);
            if (variables.containsKey(name)) {
                return variables.get(name);
            }
            if (designValues.containsKey(name) && !designValues.get(name).isEmpty()) {
                return designValues.get(name);
            }
            return standIn(expression, name);
        }
        if (expression.startsWith("local.")) {
            return locals.get(expression.substring(6));
        }
        if (resources.containsKey(expression)) {
            return resources.get(expression);
        }
        Matcher m = RESOURCE.matcher(expression);
        if (m.matches() && m.group(1) != null) {
            return switch (m.group(2)) {
                case "aws_caller_identity" -> m.group(5).equals("account_id") ? fileAccount : null;
                case "aws_partition" -> m.group(5).equals("partition") ? partition : null;
                case "aws_region" -> region(expression);
                default -> null;
            };
        }
        return null;
    }

    private String region(String expression) {
        if (!region.isEmpty()) {
            return region;
        }
        return standIns.computeIfAbsent(expression, k -> "us-east-1");
    }

    private String standIn(String expression, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("account")) {
            return standInAccount(expression);
        }
        if (lower.contains("org")) {
            return standIns.computeIfAbsent(expression, k -> "o-standin0000");
        }
        if (lower.contains("region")) {
            return region(expression);
        }
        if (lower.contains("partition")) {
            return partition;
        }
        return standIns.computeIfAbsent(expression, k -> lower.replace('_', '-'));
    }
}
