package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformValues;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The design's values as the generated Terraform writes them: {@code var.<name>} references under
 * {@link TerraformValues#VARIABLES} (remembering which variables are used), or the values themselves
 * under {@link TerraformValues#LITERALS}.
 */
final class DesignValues {

    private final Design design;
    private final TerraformNames names;
    private final boolean variables;
    private final Map<String, TerraformVariable> catalog = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    /** Variables written as variables even under {@code LITERALS}: the shared writer file's account ID. */
    private final Set<String> alwaysVariables;

    DesignValues(Design design, TerraformNames names) {
        this(design, names, Set.of());
    }

    DesignValues(Design design, TerraformNames names, Set<String> alwaysVariables) {
        this.design = design;
        this.names = names;
        this.variables = design.options().terraformValues() == TerraformValues.VARIABLES;
        this.alwaysVariables = Set.copyOf(alwaysVariables);
        VariableCatalog.of(design, names).forEach(v -> catalog.put(v.name(), v));
    }

    boolean usesVariables() {
        return variables;
    }

    /** True when some value is written as a variable: under {@code VARIABLES}, or for a value that always is. */
    boolean templated() {
        return variables || !alwaysVariables.isEmpty();
    }

    /** True when {@code variable} is one of the values every account sets for itself. */
    boolean alwaysVariable(String variable) {
        return alwaysVariables.contains(variable);
    }

    TerraformNames names() {
        return names;
    }

    /** The variable's reference (and marks it used), or its value as a literal. */
    TemplateText value(String variable) {
        TerraformVariable v = catalog.get(variable);
        if (v == null) {
            throw new IllegalArgumentException("unknown variable " + variable);
        }
        if (!variables && !alwaysVariables.contains(variable)) {
            return TemplateText.literal(v.value());
        }
        used.add(variable);
        return TemplateText.interpolation(HclExpr.ref("var." + variable));
    }

    /** The value of a catalogued variable, as the design holds it. */
    String valueOf(String variable) {
        return catalog.get(variable).value();
    }

    TemplateText partition() {
        return value(VariableCatalog.PARTITION);
    }

    TemplateText region() {
        return value(VariableCatalog.REGION);
    }

    TemplateText bucketName() {
        return value(VariableCatalog.BUCKET_NAME);
    }

    TemplateText kmsKeyArn() {
        return value(VariableCatalog.KMS_KEY_ARN);
    }

    TemplateText roleName(int writer) {
        return value(names.roleNameVariable(writer));
    }

    /** {@code alias/<bucket name>}, with the dots a KMS alias cannot hold turned into hyphens. */
    TemplateText keyAlias() {
        if (!variables) {
            return TemplateText.literal(TerraformNames.keyAlias(design));
        }
        used.add(VariableCatalog.BUCKET_NAME);
        return TemplateText.literal("alias/").append(TemplateText.interpolation(
                HclExpr.call("replace", HclExpr.ref("var." + VariableCatalog.BUCKET_NAME), HclExpr.string("."), HclExpr.string("-"))));
    }

    /** Variables in catalogue order whose values are needed by what has been generated so far. */
    List<TerraformVariable> usedVariables() {
        return catalog.values().stream().filter(v -> used.contains(v.name())).toList();
    }

    /** Every catalogued variable name. */
    Set<String> variableNames() {
        return catalog.keySet();
    }

    Design design() {
        return design;
    }
}
