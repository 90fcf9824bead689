package dev.s3grant.ui.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.DesignStore;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the window gets for a design: documents with their elements and highlighting, and explanations. */
class FacadeEvaluatorTest {

    private static final String BUCKET_POLICY = "policies/bucket-policy.json";

    private static Design documents() {
        Design design = DesignStore.example();
        return design.withOptions(design.options().withTerraformStyle(TerraformStyle.POLICY_DOCUMENT));
    }

    @Test
    void aStatementBlockOfAPolicyDocumentIsExplainedWithItsDataSource() {
        DesignerOutput out = new FacadeEvaluator().evaluate(documents());
        PreviewDocument owner = out.documents().stream()
                .filter(d -> d.file().elements().stream().anyMatch(e -> e.kind() == ElementKind.STATEMENT && !e.topLevel()))
                .filter(d -> d.file().element("aws_s3_bucket_policy.main").isPresent())
                .findFirst().orElseThrow();
        FileElement statement = owner.file().elements().stream()
                .filter(e -> e.kind() == ElementKind.STATEMENT && e.parent().equals("data.aws_iam_policy_document.bucket_policy"))
                .findFirst().orElseThrow();
        String file = owner.file().name();

        assertThat(owner.file().elementAt(statement.start() + 10)).contains(statement);
        assertThat(out.explanation(new ElementRef(file, statement.id())))
                .isPresent()
                .isEqualTo(out.explanation(new ElementRef(file, "data.aws_iam_policy_document.bucket_policy")));
        assertThat(out.explanation(new ElementRef(file, "data.aws_iam_policy_document.nothing/x"))).isEmpty();
    }

    @Test
    void aFileWhoseTextDidNotChangeKeepsItsHighlighting() {
        FacadeEvaluator evaluator = new FacadeEvaluator();
        Design design = documents();
        DesignerOutput first = evaluator.evaluate(design);
        DesignerOutput second = evaluator.evaluate(design);
        DesignerOutput third = evaluator.evaluate(design.withRegion("eu-west-1"));

        for (PreviewDocument d : first.documents()) {
            PreviewDocument again = second.document(d.path()).orElseThrow();
            assertThat(again.text()).isEqualTo(d.text());
            assertThat(again.styles()).as(d.path()).isSameAs(d.styles());
            assertThat(again.lines()).isSameAs(d.lines());
        }
        PreviewDocument owner = third.documents().get(third.documents().size() - 1);
        assertThat(owner.text()).isNotEqualTo(first.document(owner.path()).orElseThrow().text());
        assertThat(owner.styles()).isNotSameAs(first.document(owner.path()).orElseThrow().styles());
    }

    @Test
    void aFileIsHighlightedOnlyOnceSomeoneLooksAtIt() {
        FacadeEvaluator evaluator = new FacadeEvaluator();
        Design design = DesignStore.example();
        DesignerOutput first = evaluator.evaluate(design);
        assertThat(first.documents()).noneMatch(PreviewDocument::isHighlighted);

        PreviewDocument shown = first.document(BUCKET_POLICY).orElseThrow();
        shown.lines();
        DesignerOutput second = evaluator.evaluate(renamed(design, "-b"));

        PreviewDocument again = second.document(BUCKET_POLICY).orElseThrow();
        assertThat(again.text()).isNotEqualTo(shown.text());
        assertThat(again.isHighlighted()).as("highlighted on the worker, as it was shown before").isTrue();
        assertThat(second.documents()).filteredOn(d -> !d.path().equals(BUCKET_POLICY))
                .noneMatch(PreviewDocument::isHighlighted);
        assertThat(again.styles()).isEqualTo(PreviewDocument.of(again.file()).styles());
    }

    @Test
    void theShownPolicyComesFirstWithTheHighlightingTheOutputThenCarries() {
        FacadeEvaluator evaluator = new FacadeEvaluator();
        Design design = DesignStore.example();
        evaluator.evaluate(design).document(BUCKET_POLICY).orElseThrow().lines();
        List<List<PreviewDocument>> early = new ArrayList<>();

        DesignerOutput out = evaluator.evaluate(renamed(design, "-c"), early::add);

        assertThat(early).hasSize(1);
        assertThat(early.get(0)).extracting(PreviewDocument::path).containsExactly(BUCKET_POLICY);
        PreviewDocument first = early.get(0).get(0);
        PreviewDocument last = out.document(BUCKET_POLICY).orElseThrow();
        assertThat(first.text()).isEqualTo(last.text()).contains("-c");
        assertThat(first.isHighlighted()).isTrue();
        assertThat(last.lines()).isSameAs(first.lines());
        assertThat(last.writerBudgets()).isEqualTo(GrantDesigner.artifacts(renamed(design, "-c")).writerBudgets());
    }

    @Test
    void nothingComesFirstWhileNobodyLooksAtAPolicy() {
        FacadeEvaluator evaluator = new FacadeEvaluator();
        List<List<PreviewDocument>> early = new ArrayList<>();
        evaluator.evaluate(DesignStore.example(), early::add);
        evaluator.evaluate(renamed(DesignStore.example(), "-d"), early::add);
        assertThat(early).isEmpty();
    }

    private static Design renamed(Design design, String suffix) {
        return design.withBucket(design.bucket().withName(design.bucket().name() + suffix));
    }

    @Test
    void sizesComeWithThePolicyFiles() {
        DesignerOutput out = new FacadeEvaluator().evaluate(documents());
        assertThat(out.documents()).allSatisfy(d ->
                assertThat(d.size().isPresent()).as(d.path()).isEqualTo(d.path().startsWith("policies/")));
    }

    @Test
    void onlyTheBucketPolicyCarriesTheWritersThatFitInTheDesignsStyleAndTheSharedRoleStyle() {
        DesignerOutput out = new FacadeEvaluator().evaluate(DesignStore.example());

        assertThat(out.document("policies/bucket-policy.json").orElseThrow().writerBudgets())
                .extracting(b -> b.style())
                .containsExactly(dev.s3grant.model.PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION,
                        dev.s3grant.model.PrincipalStyle.SHARED_ROLE);
        assertThat(out.documents()).filteredOn(d -> !d.path().equals("policies/bucket-policy.json"))
                .allMatch(d -> d.writerBudgets().isEmpty());
    }
}
