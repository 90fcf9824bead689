package dev.s3grant.existing.reading;

import dev.s3grant.diff.TerraformPolicies;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads existing Terraform (and policy JSON files) into the blocks and policies that
 * {@link DesignInference} turns into a design: parses every {@code .tf}, resolves variables and
 * simple locals, then the bucket's own attributes ({@code aws_s3_bucket.X.arn}), and reads each
 * policy an IAM, bucket or key resource holds.
 */
public final class TerraformImporter {

    private static final Pattern ARN_PARTITION = Pattern.compile("arn:(aws|aws-cn|aws-us-gov):");
    private static final Set<String> BLOCKS_WITHOUT_GRANT = Set.of("variable", "locals", "provider", "terraform", "output", "moved", "import");

    private TerraformImporter() {
    }

    public static ImportResult read(List<ImportedFile> files) throws InputException {
        List<SourceBlock> raw = new ArrayList<>();
        List<SourceBlock> rawWriterFolder = new ArrayList<>();
        List<PolicyFileRead> jsonPolicies = new ArrayList<>();
        List<NotRepresented> notRepresented = new ArrayList<>();
        for (ImportedFile file : files) {
            if (file.isTerraform()) {
                HclFile parsed = HclParser.parse(file.text());
                if (parsed.hasErrors()) {
                    var error = parsed.errors().get(0);
                    throw new InputException(new InputProblem(file.displayName(), error.range().startLine(), error.range().startColumn(), "",
                            Message.of("import.input.syntax", file.displayName(), error.range().startLine(), error.range().startColumn())));
                }
                parsed.body().blocks().forEach(b -> (SharedWriterFolder.inFolder(file) ? rawWriterFolder : raw).add(new SourceBlock(file, b)));
            } else if (file.isPolicyJson()) {
                PolicyFileImport.read(file).ifPresentOrElse(jsonPolicies::add, () -> notRepresented.add(
                        new NotRepresented(file.displayName(), 0, Message.of("import.policyFile.kindUnknown", file.name()))));
            }
        }
        Map<String, HclValue> values = new LinkedHashMap<>(VariableValues.of(raw, files));
        List<SourceBlock> blocks = substitute(raw, values);
        bucketReferences(blocks, values);
        blocks = substitute(raw, values);
        TerraformPolicies policies = new TerraformPolicies(blocks.stream().map(SourceBlock::block).toList());
        SharedWriterFolder folder = new SharedWriterFolder(rawWriterFolder, files.stream().filter(SharedWriterFolder::inFolder).toList());
        List<SharedWriterFolder.Account> accounts = folder.accounts();
        for (SourceBlock block : concat(blocks, rawWriterFolder)) {
            if (!BLOCKS_WITHOUT_GRANT.contains(block.block().type()) && !DesignInference.covers(block)) {
                notRepresented.add(new NotRepresented(block.file().displayName(), block.line(),
                        Message.of("import.block.leftAlone", block.block().address())));
            }
        }
        List<SourceBlock> all = new ArrayList<>(blocks);
        all.addAll(folder.sharedVariables());
        accounts.forEach(a -> all.addAll(a.blocks()));
        folder.sharedValues().forEach(values::putIfAbsent);
        return new DesignInference(all, policies, jsonPolicies, notRepresented, values, accounts).result();
    }

    private static List<SourceBlock> concat(List<SourceBlock> a, List<SourceBlock> b) {
        List<SourceBlock> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<SourceBlock> substitute(List<SourceBlock> raw, Map<String, HclValue> values) {
        ValueSubstitution substitution = new ValueSubstitution(values);
        return raw.stream().map(b -> new SourceBlock(b.file(), substitution.apply(b.block()))).toList();
    }

    /** {@code aws_s3_bucket.X.id}, {@code .bucket} and {@code .arn} of a bucket whose name is known. */
    private static void bucketReferences(List<SourceBlock> blocks, Map<String, HclValue> values) {
        String partition = partition(blocks);
        for (SourceBlock block : blocks) {
            if (block.isResource("aws_s3_bucket")) {
                Optional<String> name = block.text("bucket");
                if (name.isPresent()) {
                    String reference = block.reference();
                    values.put(reference + ".id", HclString.of(name.get()));
                    values.put(reference + ".bucket", HclString.of(name.get()));
                    values.put(reference + ".arn", HclString.of("arn:" + partition + ":s3:::" + name.get()));
                }
            }
        }
    }

    /** The partition the files' ARNs name; {@code aws} when none does. */
    static String partition(List<SourceBlock> blocks) {
        return partitionIn(blocks.stream().map(b -> String.valueOf(b.block())).toList()).orElse("aws");
    }

    /** The partition the first ARN of the texts names. */
    static Optional<String> partitionIn(List<String> texts) {
        return partitionIn(texts, ARN_PARTITION);
    }

    /** The partition the first ARN of the texts that the pattern (its group 1 the partition) finds names. */
    static Optional<String> partitionIn(List<String> texts, Pattern arn) {
        for (String text : texts) {
            Matcher m = arn.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
