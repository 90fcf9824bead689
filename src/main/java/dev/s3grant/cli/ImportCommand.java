package dev.s3grant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.app.TerraformImport;
import dev.s3grant.existing.reading.ImportResult;
import dev.s3grant.existing.reading.NotRepresented;
import dev.s3grant.io.InputException;
import dev.s3grant.text.Localizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import PATH... --out DESIGN.json}: existing Terraform or policies into a design. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads existing Terraform (a folder or .tf files, with terraform.tfvars and *.auto.tfvars) or policy JSON files into a design.",
                "Exit code: 0 every part represented, 1 some parts could not be (listed), 2 unusable input."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, .tf files or policy JSON files.")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DESIGN.json", description = "The design file to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite DESIGN.json if it exists.")
    boolean force;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format: text (default) or json.")
    String format = "text";

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            return console.unusable(console.localizer().format("import.out.exists", out));
        }
        ImportResult result;
        try {
            result = TerraformImport.read(paths);
            TerraformImport.save(result, out);
        } catch (InputException e) {
            return console.unusable(e);
        }
        Localizer text = console.localizer();
        console.print("json".equalsIgnoreCase(format) ? json(result, text) : text(result, text));
        return result.complete() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }

    private String text(ImportResult result, Localizer text) {
        StringBuilder b = new StringBuilder();
        b.append(text.format("import.written", out, result.design().writers().size())).append('\n');
        if (result.complete()) {
            b.append(text.format("import.complete")).append('\n');
            return b.toString();
        }
        b.append(text.format("import.notRepresented.title", result.notRepresented().size())).append('\n');
        for (NotRepresented n : result.notRepresented()) {
            b.append("  ").append(where(n)).append(text.format(n.message().key(), n.message().args().toArray())).append('\n');
        }
        return b.toString();
    }

    private static String where(NotRepresented n) {
        if (n.file().isEmpty()) {
            return "";
        }
        return n.line() > 0 ? n.file() + ":" + n.line() + ": " : n.file() + ": ";
    }

    private String json(ImportResult result, Localizer text) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("design", out.toString());
        root.put("complete", result.complete());
        ArrayNode parts = root.putArray("notRepresented");
        for (NotRepresented n : result.notRepresented()) {
            ObjectNode part = parts.addObject();
            part.put("file", n.file());
            part.put("line", n.line());
            part.put("code", n.message().key());
            part.put("message", text.format(n.message().key(), n.message().args().toArray()));
        }
        root.put("existingBucketPolicyStatements", result.existingPolicies().bucketPolicy().map(p -> p.statements().size()).orElse(0));
        root.put("existingKeyPolicyStatements", result.existingPolicies().keyPolicy().map(p -> p.statements().size()).orElse(0));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
