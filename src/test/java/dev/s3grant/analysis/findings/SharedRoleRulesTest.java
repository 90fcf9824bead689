package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Localizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SharedRoleRulesTest {

    private static Design shared(Design design) {
        return design.withOptions(design.options().withPrincipalStyle(PrincipalStyle.SHARED_ROLE));
    }

    /** The example with {@code count} writers in accounts 300000000001, … on {@code role} (or a role each when null). */
    static Design writers(int count, String role) {
        Writer first = Validation.exampleWriter();
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writers.add(first.withAlias(String.format(Locale.ROOT, "W%03d", i))
                    .withAccountId(String.format(Locale.ROOT, "3%011d", i + 1))
                    .withRoleName(role == null ? String.format(Locale.ROOT, "writer-%03d", i) : role));
        }
        return Validation.EXAMPLE.withWriters(writers);
    }

    @Test
    void aWriterOnAnotherRoleIsAnErrorAtItsRoleName() {
        Design design = shared(Validation.withMoreWriters(w -> w.withAlias("C").withAccountId("333333333333")
                .withRoleName("c-writer")));

        assertThat(Validation.findings(design, SharedRoleRules.ROLES_DIFFER))
                .extracting(f -> f.severity(), f -> f.location().text(), f -> Localizer.of(Language.EN).render(f.message()))
                .containsExactly(tuple(Severity.ERROR, "writers[1].roleName",
                        "Writer C uses the role /c-writer, but the SHARED_ROLE principal style names one role for every writer:"
                                + " /ecs-cross-account-s3-role, the role of writer A. Give every writer the same role name and path,"
                                + " or choose another principal style."));
    }

    @Test
    void aWriterOnAnotherPathIsAnErrorAtItsRolePath() {
        Design design = shared(Validation.withMoreWriters(w -> w.withAlias("C").withAccountId("333333333333")
                .withRolePath("/other/")));

        assertThat(Validation.findings(design, SharedRoleRules.ROLES_DIFFER))
                .extracting(f -> f.location().text()).containsExactly("writers[1].rolePath");
    }

    @Test
    void withoutTheOrganizationGuardTheSharedStyleIsAnError() {
        assertThat(Validation.findings(shared(Validation.EXAMPLE.withOrganizationId("")), SharedRoleRules.NO_ORGANIZATION))
                .extracting(f -> f.location().text()).containsExactly("organizationId");
        assertThat(Validation.findings(shared(Validation.withOptions(o -> o.withOrgGuard(false))), SharedRoleRules.NO_ORGANIZATION))
                .extracting(f -> f.location().text()).containsExactly("options.orgGuard");
        assertThat(Validation.findings(shared(Validation.EXAMPLE), SharedRoleRules.NO_ORGANIZATION)).isEmpty();
    }

    @Test
    void writersOfTheSharedRoleWithOtherUpkeepChoicesCostAStatementEach() {
        Design design = shared(Validation.withMoreWriters(w -> w.withAlias("C").withAccountId("333333333333")
                .withAllowPutObjectTagging(true)));

        assertThat(Validation.findings(design, SharedRoleRules.ACTIONS_DIFFER))
                .extracting(f -> f.severity(), f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple(Severity.WARNING, "writers[1].allowPutObjectTagging",
                        List.of("C", "/ecs-cross-account-s3-role", "A", 2)));
        assertThat(PolicyGenerator.generate(design).bucketPolicy().document().statements())
                .extracting(s -> s.sid()).contains("AllowPutFromSharedRole", "AllowPutFromSharedRole2");
    }

    @Test
    void aValidSharedRoleDesignHasNoneOfTheseFindings() {
        Design design = shared(writers(3, "ingest-writer"));

        assertThat(Validation.validate(design)).extracting(Finding::code)
                .doesNotContain("S3G-140", "S3G-141", "S3G-142", "S3G-092", "S3G-093");
    }

    @Test
    void nearTheLimitWithOneSharedRoleTheSuggestionSaysHowManyWritersFitInEachStyle() {
        Design design = writers(52, "ingest-writer");

        List<Finding> found = Validation.findings(design, SharedRoleRules.SUGGEST_SHARED_ROLE);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.location().text()).isEqualTo("options.principalStyle");
            assertThat(f.severity()).isEqualTo(Severity.SUGGESTION);
            List<Object> args = f.message().args();
            assertThat(args.subList(0, 4)).containsExactly("bucket-policy.json",
                    PolicyGenerator.generate(design).bucketPolicy().size().used(), 20_480, "ACCOUNT_WITH_ROLE_CONDITION");
            assertThat((Integer) args.get(4)).isBetween(0, 5);
            assertThat(args.subList(5, 7)).containsExactly(52, "/ingest-writer");
            assertThat((Integer) args.get(7)).isLessThan(2_000);
            assertThat((Integer) args.get(8)).isGreaterThan(1_000);
        });
        assertThat(Validation.findings(design, SizeRules.NEAR_LIMIT)).hasSize(1);
        assertThat(Validation.findings(writers(10, "ingest-writer"), SharedRoleRules.SUGGEST_SHARED_ROLE)).isEmpty();
    }

    @Test
    void nearTheLimitWithARoleEachTheSuggestionSaysTheStyleNeedsOneRole() {
        Design design = writers(52, null);

        assertThat(Validation.findings(design, SharedRoleRules.SHARED_ROLE_NEEDS_ONE_ROLE))
                .singleElement().satisfies(f -> assertThat(f.message().args().get(5)).isEqualTo(52L));
        assertThat(Validation.findings(design, SharedRoleRules.SUGGEST_SHARED_ROLE)).isEmpty();
    }
}
