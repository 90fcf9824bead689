package dev.s3grant.analysis.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.Finding;
import dev.s3grant.app.AdoptedExport;
import java.nio.file.Path;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.DesignReader;
import dev.s3grant.io.DesignWriter;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.Options;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Designs for the rule tests: the built-in example, changed one field at a time, and its findings. */
public final class Validation {

    static final Design EXAMPLE = DesignFiles.example();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Validation() {
    }

    static List<Finding> validate(Design design) {
        return DesignValidator.validate(design, PolicyGenerator.generate(design));
    }

    /** The findings of one rule, the access check's included. */
    public static List<Finding> findings(Design design, Rule rule) {
        if (AdoptionRules.all().contains(rule)) {
            return adoptionFindings(design, rule);
        }
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        return DesignValidator.validate(design, policies, AccessMatrix.of(design, policies)).stream()
                .filter(f -> f.code().equals(rule.code())).toList();
    }

    /** Existing Terraform that the adoption rules' examples are adopted over: the original conversation's files and more. */
    static final Path ADOPTED = Path.of("src/test/resources/adopt/rules");

    /** True for the rules whose findings come from adopting existing Terraform, not from the design alone. */
    public static boolean isAdoptionRule(Rule rule) {
        return AdoptionRules.all().contains(rule);
    }

    /** The findings of an adoption rule: the design adopted over {@link #ADOPTED}. */
    private static List<Finding> adoptionFindings(Design design, Rule rule) {
        try {
            return AdoptedExport.of(design, ADOPTED).content().findings().stream()
                    .filter(f -> f.code().equals(rule.code())).toList();
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    static Design withBucket(UnaryOperator<Bucket> change) {
        return EXAMPLE.withBucket(change.apply(EXAMPLE.bucket()));
    }

    static Design withEncryption(UnaryOperator<Encryption> change) {
        return withBucket(b -> b.withEncryption(change.apply(b.encryption())));
    }

    static Design withOptions(UnaryOperator<Options> change) {
        return EXAMPLE.withOptions(change.apply(EXAMPLE.options()));
    }

    /** The example with its one writer changed. */
    static Design withWriter(UnaryOperator<Writer> change) {
        return EXAMPLE.withWriters(List.of(change.apply(exampleWriter())));
    }

    /** The example with more writers after its own: each a copy of the example writer, changed. */
    @SafeVarargs
    static Design withMoreWriters(UnaryOperator<Writer>... changes) {
        List<Writer> writers = new ArrayList<>(EXAMPLE.writers());
        for (UnaryOperator<Writer> change : changes) {
            writers.add(change.apply(exampleWriter()));
        }
        return EXAMPLE.withWriters(writers);
    }

    static Writer exampleWriter() {
        return EXAMPLE.writers().get(0);
    }

    /**
     * The example design with a JSON snippet merged into it, as {@code docs/findings.md} describes:
     * objects field by field, arrays of objects element by element; any other value (an empty
     * array, an array of strings) replaces the value of the example.
     */
    public static Design exampleWith(String snippet) {
        try {
            JsonNode merged = merge(JSON.readTree(DesignWriter.write(EXAMPLE)), JSON.readTree(snippet));
            return DesignReader.read(JSON.writeValueAsString(merged), "example");
        } catch (JsonProcessingException | InputException e) {
            throw new IllegalArgumentException("not a usable snippet: " + snippet, e);
        }
    }

    private static JsonNode merge(JsonNode base, JsonNode patch) {
        if (base != null && base.isObject() && patch.isObject()) {
            ObjectNode out = base.deepCopy();
            patch.fields().forEachRemaining(e -> out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue())));
            return out;
        }
        if (base != null && base.isArray() && patch.isArray() && !patch.isEmpty() && allObjects(patch)) {
            ArrayNode out = base.deepCopy();
            for (int i = 0; i < patch.size(); i++) {
                if (i < out.size()) {
                    out.set(i, merge(out.get(i), patch.get(i)));
                } else {
                    out.add(patch.get(i).deepCopy());
                }
            }
            return out;
        }
        return patch.deepCopy();
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }
}
