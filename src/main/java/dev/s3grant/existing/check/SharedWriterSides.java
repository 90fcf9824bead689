package dev.s3grant.existing.check;

import dev.s3grant.diff.SourceFile;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A shared writer folder (docs/decisions/0044-shared-writer-file.md) as each writer account applies it: the folder's
 * {@code .tf} files with the account's {@code account_id} from its {@code accounts/<alias>.tfvars} in place of
 * {@code var.account_id}, one side per account, which knows its account
 * (docs/decisions/0053-reading-the-shared-role-style-back.md).
 */
final class SharedWriterSides {

    private static final String ACCOUNTS = "accounts";
    private static final String ACCOUNT_ID = "account_id";

    private SharedWriterSides() {
    }

    static boolean isWriterFolder(Path folder) throws InputException {
        Path accounts = folder.resolve(ACCOUNTS);
        return Files.isDirectory(folder) && Files.isDirectory(accounts)
                && !ExistingSideReader.list(accounts, n -> n.endsWith(".tfvars")).isEmpty()
                && !ExistingSideReader.list(folder, n -> n.endsWith(".tf")).isEmpty();
    }

    static List<ExistingSide> read(Path folder) throws InputException {
        ExistingTerraform terraform = ExistingTerraform.read(folder);
        Map<String, String> tfvars = ExistingSideReader.tfvars(folder);
        List<ExistingSide> sides = new ArrayList<>();
        for (Path values : ExistingSideReader.list(folder.resolve(ACCOUNTS), n -> n.endsWith(".tfvars") && !n.startsWith("."))) {
            Optional<String> account = accountId(DesignFiles.readText(values, DesignFiles.MAX_BYTES));
            if (account.isEmpty()) {
                continue;
            }
            Map<String, SourceFile> files = new LinkedHashMap<>();
            terraform.files().forEach((name, source) -> files.put(name,
                    new SourceFile(source.displayName(), withAccount(source.text(), account.get()))));
            sides.add(ExistingSideReader.module(values.toString(), files, tfvars).inAccount(account.get()));
        }
        return sides;
    }

    private static Optional<String> accountId(String text) {
        for (HclAttribute attribute : HclParser.parse(text).body().attributes()) {
            String value = TerraformPolicies.text(attribute.expression().value());
            if (attribute.name().equals(ACCOUNT_ID) && value.matches("\\d{12}")) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The text with the account's ID for {@code var.account_id}: inside a template, and as a whole expression. */
    private static String withAccount(String text, String account) {
        String inTemplates = text.replace("${var." + ACCOUNT_ID + "}", account);
        return inTemplates.replaceAll("\\bvar\\." + ACCOUNT_ID + "\\b", Matcher.quoteReplacement("\"" + account + "\""));
    }
}
