package dev.s3grant.existing.reading;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values Terraform would give {@code var.X} and {@code local.X} without being told anything
 * on the command line: a variable's {@code default}, then {@code terraform.tfvars}, then the
 * {@code *.auto.tfvars} files in name order, each later one winning, as Terraform's own order of
 * precedence is; locals whose value is a literal or a template of known values.
 */
final class VariableValues {

    /** Rounds of local resolution: a local may use another local, a few deep at most in practice. */
    private static final int LOCAL_ROUNDS = 8;

    private VariableValues() {
    }

    /** @return values by reference text ({@code var.bucket_name}, {@code local.prefix}) */
    static Map<String, HclValue> of(List<SourceBlock> blocks, List<ImportedFile> files) {
        Map<String, HclValue> values = new LinkedHashMap<>();
        for (SourceBlock source : blocks) {
            HclBlock block = source.block();
            if (block.type().equals("variable") && block.labels().size() == 1) {
                block.body().attribute("default").ifPresent(d -> values.put("var." + block.labels().get(0), d.expression().value()));
            }
        }
        List<ImportedFile> valueFiles = new ArrayList<>(files.stream().filter(ImportedFile::isVariableValues).toList());
        valueFiles.sort((a, b) -> rank(a).compareTo(rank(b)));
        for (ImportedFile file : valueFiles) {
            HclFile parsed = HclParser.parse(file.text());
            for (HclAttribute attribute : parsed.body().attributes()) {
                values.put("var." + attribute.name(), attribute.expression().value());
            }
        }
        Map<String, HclValue> locals = new HashMap<>();
        for (SourceBlock source : blocks) {
            if (source.block().type().equals("locals")) {
                source.block().body().attributes().forEach(a -> locals.put("local." + a.name(), a.expression().value()));
            }
        }
        for (int round = 0; round < LOCAL_ROUNDS && !locals.isEmpty(); round++) {
            ValueSubstitution substitution = new ValueSubstitution(values);
            for (Map.Entry<String, HclValue> local : new ArrayList<>(locals.entrySet())) {
                HclValue value = substitution.apply(local.getValue());
                if (known(value)) {
                    values.put(local.getKey(), value);
                    locals.remove(local.getKey());
                }
            }
        }
        return values;
    }

    private static String rank(ImportedFile file) {
        return (file.name().equals("terraform.tfvars") ? "0" : "1") + file.name();
    }

    private static boolean known(HclValue value) {
        if (value instanceof HclString string) {
            return string.literalText().isPresent();
        }
        return !(value instanceof HclReference);
    }
}
