package dev.s3grant.terraform;

import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The writer root module that every writer account applies, when the writers share their role
 * (decision 0044): {@code writer/writer.tf} (the blocks of an account file, written from the first
 * writer with its account ID as {@code var.account_id}), {@code writer/variables.tf}, the values every
 * account shares in {@code writer/terraform.tfvars} (under {@code VARIABLES}; inline under
 * {@code LITERALS}), and {@code writer/accounts/<alias>.tfvars} with each account's own ID. Applied
 * with {@code -var-file=accounts/<alias>.tfvars}, the file gives each writer exactly the role and
 * policies that writer's {@code account_<alias>.tf} would create; the findings (S3G-145) report a
 * writer for which it would not.
 */
final class SharedWriterFiles {

    private SharedWriterFiles() {
    }

    static List<GeneratedFile> render(Design design, GeneratedPolicies policies, TerraformNames designNames) {
        Design first = design.withWriters(List.of(design.writers().get(0)));
        TerraformNames names = TerraformNames.sharedWriter(first);
        String accountVariable = names.writerAccountVariable(0);
        DesignValues values = new DesignValues(first, names, Set.of(accountVariable));
        Generation g = new Generation(first, names, values, PolicyTemplates.of(values, policies));

        List<GeneratedFile> files = new ArrayList<>();
        files.add(WriterAccountFile.render(g, 0));
        List<TerraformVariable> used = values.usedVariables();
        files.add(VariablesFile.declarations(g, used, TerraformNames.SHARED_WRITER_VARIABLES,
                "variables of " + fileName(TerraformNames.SHARED_WRITER_FILE)));
        List<TerraformVariable> shared = used.stream().filter(v -> !values.alwaysVariable(v.name())).toList();
        if (!shared.isEmpty()) {
            files.add(VariablesFile.values(g, shared, TerraformNames.SHARED_WRITER_VALUES,
                    "the values every writer account shares (each account's own are in "
                            + TerraformNames.ACCOUNT_VALUES_FOLDER + "/<alias>.tfvars)"));
        }
        for (int i = 0; i < design.writers().size(); i++) {
            String alias = design.writers().get(i).alias();
            HclFileBuilder file = new HclFileBuilder(accountHeader(g, alias, designNames.accountValuesArgument(i)));
            file.attributes(List.of(new HclNode.Attribute(accountVariable,
                    HclExpr.string(design.writers().get(i).accountId()))));
            files.add(file.render(designNames.accountValuesFile(i), FileKind.TERRAFORM_VALUES));
        }
        return files;
    }

    private static List<String> accountHeader(Generation g, String alias, String argument) {
        List<String> lines = FileHeader.lines(g, "values of writer account " + alias + " for "
                + fileName(TerraformNames.SHARED_WRITER_FILE));
        lines.add("In the writer folder, in account " + alias + "'s workspace: terraform apply -var-file=" + argument);
        return lines;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
