package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.findings.AcceptedFindings;
import dev.s3grant.analysis.findings.DesignValidator;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.explain.Explainer;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.map.GrantMap;
import dev.s3grant.map.GrantMaps;
import dev.s3grant.map.MapSource;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.terraform.TerraformFiles;
import dev.s3grant.terraform.TerraformGenerator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one façade: a design in, every artifact out. The CLI and the window both call it.
 *
 * <p>Once the policies exist, the Terraform files of a design with many writers are written on a
 * second core while this thread runs the access check and the findings: neither reads what the other
 * makes (decision 0011). The explanations read the Terraform files' elements, so they come after
 * both (decision 0027).
 */
public final class GrantDesigner {

    /** From this many writers on, the Terraform files are written on a second core; below, handing over costs more than it saves. */
    static final int SECOND_CORE_FROM_WRITERS = 8;

    private GrantDesigner() {
    }

    public static DesignArtifacts artifacts(Design design) {
        return artifacts(design, policyFiles -> { });
    }

    /**
     * The same artifacts, handing the policy files (as {@link DesignArtifacts#documents()} lists them) to
     * {@code policiesReady} on this thread as soon as they exist, before the Terraform files, the access check,
     * the findings and the explanations: the window shows the policy the user looks at without waiting for the
     * rest (docs/decisions/0048-visible-document-first.md).
     */
    public static DesignArtifacts artifacts(Design design, Consumer<List<GeneratedFile>> policiesReady) {
        return artifacts(design, policiesReady, () -> false);
    }

    /**
     * The same artifacts, stopping between its parts once {@code unwanted} says the caller no longer wants them
     * (the window: a newer key was typed meanwhile), with a {@link CancellationException}: the worker is then free
     * for the newer design (docs/decisions/0054-keystroke-frame-and-stale-work.md).
     */
    public static DesignArtifacts artifacts(Design design, Consumer<List<GeneratedFile>> policiesReady,
            BooleanSupplier unwanted) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        policiesReady.accept(DesignArtifacts.policyDocuments(policies));
        stopIf(unwanted, null);
        CompletableFuture<TerraformFiles> terraform = design.writers().size() >= SECOND_CORE_FROM_WRITERS
                ? CompletableFuture.supplyAsync(() -> TerraformGenerator.generate(design, policies), SecondCore.EXECUTOR)
                : CompletableFuture.completedFuture(TerraformGenerator.generate(design, policies));
        AccessMatrix matrix = AccessMatrix.of(design, policies);
        stopIf(unwanted, terraform);
        var findings = DesignValidator.validate(design, policies, matrix);
        stopIf(unwanted, terraform);
        TerraformFiles files = join(terraform);
        var explanations = Explainer.explain(design, policies, files);
        return new DesignArtifacts(design, policies, findings, matrix, files, explanations);
    }

    /** Stops when the artifacts are unwanted, and with them the Terraform files if the second core has not begun them. */
    private static void stopIf(BooleanSupplier unwanted, CompletableFuture<TerraformFiles> terraform) {
        if (unwanted.getAsBoolean()) {
            if (terraform != null) {
                terraform.cancel(false);
            }
            throw new CancellationException("a newer design was asked for");
        }
    }

    /**
     * What {@code generate} and Export need: the files and the findings (with the access check's),
     * without the explanations.
     */
    public static ExportContent export(Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        TerraformFiles terraform = TerraformGenerator.generate(design, policies);
        var findings = DesignValidator.validate(design, policies, AccessMatrix.of(design, policies));
        return new ExportContent(DesignArtifacts.files(policies, terraform), findings);
    }

    /**
     * The grant as a picture, laid out, with its texts in {@code language}: the organization, the
     * writer accounts with their services and roles, the bucket owner's bucket, prefixes and key, and
     * the requests between them coloured by the access check (docs/decisions/0037-grant-map.md).
     */
    public static GrantMap grantMap(DesignArtifacts artifacts, Language language) {
        return GrantMaps.of(mapSource(artifacts), language);
    }

    /** The grant maps of two designs in one, with what {@code now} adds, removes and changes marked. */
    public static GrantMap comparedGrantMap(DesignArtifacts old, DesignArtifacts now, Language language) {
        return GrantMaps.compared(mapSource(old), mapSource(now), language);
    }

    private static MapSource mapSource(DesignArtifacts artifacts) {
        return new MapSource(artifacts.design(), artifacts.policies(), artifacts.accessMatrix(), artifacts.documents(),
                DesignArtifacts.POLICIES_FOLDER);
    }

    /**
     * The reason the design gives for accepting the finding, or empty when it does not accept it
     * (docs/decisions/0036-accepted-findings.md).
     */
    public static Optional<String> acceptedReason(Design design, Finding finding) {
        return AcceptedFindings.of(design, finding).map(AcceptedFinding::reason);
    }

    /** The value, or the exception the work threw, as if it had run on this thread. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
