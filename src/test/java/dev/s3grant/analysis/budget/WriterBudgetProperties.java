package dev.s3grant.analysis.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.testing.DesignArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The budgets the façade gives, which start from the policies it already generated, are the budgets of
 * regenerating every document in every style (the computation before decision 0048).
 */
class WriterBudgetProperties {

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 100)
    void theFacadesBudgetsAreThoseOfRegeneratingEveryDocument(@ForAll("designs") Design design) {
        PrincipalStyle own = design.options().principalStyle();
        List<WriterBudget> expected = new ArrayList<>();
        regenerated(design, own).ifPresent(expected::add);
        if (own != PrincipalStyle.SHARED_ROLE) {
            regenerated(design, PrincipalStyle.SHARED_ROLE).ifPresent(expected::add);
        }

        assertThat(GrantDesigner.artifacts(design).writerBudgets()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void everyStylesBudgetIsThatOfRegeneratingEveryDocument(@ForAll("designs") Design design) {
        for (PrincipalStyle style : PrincipalStyle.values()) {
            assertThat(WriterBudget.of(design, style)).as(style.name()).isEqualTo(regenerated(design, style));
        }
    }

    /** The budget as first computed: both documents generated again, as they are and with one more writer. */
    private static Optional<WriterBudget> regenerated(Design design, PrincipalStyle style) {
        if (design.writers().isEmpty()) {
            return Optional.empty();
        }
        Design now = design.withOptions(design.options().withPrincipalStyle(style));
        Design grown = now.withWriters(WriterBudget.withOneMore(now.writers()));
        int bucketNow = bytes(ExistingMerge.bucket(now).document());
        int perWriter = Math.max(0, bytes(ExistingMerge.bucket(grown).document()) - bucketNow);
        int more = fitting(DocumentKind.BUCKET_POLICY.limit(), bucketNow, perWriter);
        if (now.bucket().encryption().isKms()) {
            int keyNow = bytes(ExistingMerge.key(now).document());
            int keyPerWriter = Math.max(0, bytes(ExistingMerge.key(grown).document()) - keyNow);
            int keyMore = fitting(DocumentKind.KEY_POLICY.limit(), keyNow, keyPerWriter);
            if (keyMore < more) {
                more = keyMore;
                perWriter = keyPerWriter;
            }
        }
        return Optional.of(new WriterBudget(style, bucketNow, perWriter, more));
    }

    private static int fitting(int limit, int used, int perWriter) {
        if (used >= limit) {
            return 0;
        }
        return perWriter == 0 ? WriterBudget.UNLIMITED : (limit - used) / perWriter;
    }

    private static int bytes(PolicyDocument document) {
        return PolicyJson.writeMinified(document).getBytes(StandardCharsets.UTF_8).length;
    }
}
