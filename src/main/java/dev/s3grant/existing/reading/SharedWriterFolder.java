package dev.s3grant.existing.reading;

import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared writer folder (docs/decisions/0044-shared-writer-file.md) as the accounts apply it: its root module
 * ({@code writer/writer.tf}, {@code writer/variables.tf}, {@code writer/terraform.tfvars}) once per
 * {@code writer/accounts/<alias>.tfvars}, with that file's values on top. Each account's copy of the blocks is
 * named by its values file, so the alias and account of every writer come from it
 * (docs/decisions/0053-reading-the-shared-role-style-back.md).
 */
final class SharedWriterFolder {

    /** The folder's files are named relative to the module: {@code writer/writer.tf}, {@code writer/accounts/A.tfvars}. */
    static final String PREFIX = "writer/";
    private static final Pattern ACCOUNT_VALUES = Pattern.compile("writer/accounts/(.+)\\.tfvars");
    private static final String ACCOUNT_ID = "account_id";

    /** One writer account: the module's blocks with its values, the policies they hold, and the account ID its file gives. */
    record Account(ImportedFile file, List<SourceBlock> blocks, TerraformPolicies policies, Optional<String> accountId) {
    }

    private final List<SourceBlock> raw;
    private final List<ImportedFile> files;

    /** @param raw the blocks of the folder's {@code .tf} files, as parsed */
    SharedWriterFolder(List<SourceBlock> raw, List<ImportedFile> files) {
        this.raw = raw;
        this.files = files;
    }

    static boolean inFolder(ImportedFile file) {
        return file.name().startsWith(PREFIX);
    }

    /** The alias a file of {@code writer/accounts/} gives. */
    static Optional<String> alias(ImportedFile file) {
        Matcher m = ACCOUNT_VALUES.matcher(file.name());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The values every account shares: the variables' defaults and the folder's own {@code terraform.tfvars}. */
    Map<String, HclValue> sharedValues() {
        List<ImportedFile> module = files.stream().filter(f -> alias(f).isEmpty())
                .map(f -> new ImportedFile(f.name().substring(PREFIX.length()), f.displayName(), f.text())).toList();
        return VariableValues.of(raw, module);
    }

    /** The variables the folder declares beyond the account's own ID: the folder was written with variables. */
    List<SourceBlock> sharedVariables() {
        return raw.stream().filter(b -> b.block().type().equals("variable") && !b.block().labels().equals(List.of(ACCOUNT_ID))).toList();
    }

    /** Every account of the folder, in the order of the values files' names. */
    List<Account> accounts() {
        Map<String, HclValue> shared = sharedValues();
        Optional<ImportedFile> writerFile = raw.stream().map(SourceBlock::file).filter(f -> f.name().equals(PREFIX + "writer.tf")).findFirst()
                .or(() -> raw.stream().map(SourceBlock::file).findFirst());
        List<Account> out = new ArrayList<>();
        for (ImportedFile values : files.stream().filter(f -> alias(f).isPresent()).sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
            Map<String, HclValue> own = new LinkedHashMap<>(shared);
            for (HclAttribute attribute : HclParser.parse(values.text()).body().attributes()) {
                own.put("var." + attribute.name(), attribute.expression().value());
            }
            ImportedFile named = new ImportedFile(values.name(), writerFile.map(ImportedFile::displayName).orElse(values.displayName()),
                    writerFile.map(ImportedFile::text).orElse(""));
            ValueSubstitution substitution = new ValueSubstitution(own);
            List<SourceBlock> blocks = raw.stream().filter(b -> !b.block().type().equals("variable"))
                    .map(b -> new SourceBlock(named, substitution.apply(b.block()))).toList();
            Optional<String> accountId = Optional.ofNullable(own.get("var." + ACCOUNT_ID)).flatMap(SourceBlock::text);
            out.add(new Account(named, blocks, new TerraformPolicies(blocks.stream().map(SourceBlock::block).toList()), accountId));
        }
        return out;
    }
}
