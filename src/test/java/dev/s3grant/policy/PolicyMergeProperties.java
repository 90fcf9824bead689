package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.testing.DesignArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The merge over generated designs and generated existing policies: merging again changes nothing,
 * and every foreign statement is in the merged policy, equal in meaning, exactly once.
 */
class PolicyMergeProperties {

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Provide
    Arbitrary<List<Statement>> foreign() {
        Arbitrary<String> sid = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(s -> "Team" + s));
        Arbitrary<List<String>> actions = Arbitraries.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                "s3:*", "kms:Decrypt").list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<List<String>> resources = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(s -> "arn:aws:s3:::other-" + s + "/*").list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<Principal> principal = Arbitraries.oneOf(Arbitraries.just(Principal.any()),
                Arbitraries.strings().numeric().ofLength(12).map(a -> Principal.aws("arn:aws:iam::" + a + ":root")),
                Arbitraries.of("cloudfront.amazonaws.com", "logging.s3.amazonaws.com").map(s -> Principal.service(List.of(s))));
        Arbitrary<List<Condition>> conditions = Arbitraries.oneOf(Arbitraries.just(List.<Condition>of()),
                Arbitraries.strings().numeric().ofLength(12)
                        .map(a -> List.of(Condition.of("StringEquals", "aws:SourceAccount", a))),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
                        .map(v -> List.of(Condition.of("StringNotEquals", "aws:SourceVpce", "vpce-" + v))));
        Arbitrary<Statement> statement = Combinators.combine(sid, Arbitraries.of(Effect.values()), principal, actions,
                        Arbitraries.of(true, false), resources, conditions)
                .as((s, e, p, a, not, r, c) -> new Statement(s, e, p, null, not ? List.of() : a, not ? a : List.of(),
                        r, List.of(), c));
        return statement.list().ofMaxSize(6);
    }

    private static Design withExisting(Design design, List<Statement> statements) {
        String text = PolicyJson.write(PolicyDocument.of(statements));
        return design.withExisting(new ExistingPolicies(text, text));
    }

    @Property(tries = 300)
    void mergingTheMergedPoliciesAgainGivesTheSameBytes(@ForAll("designs") Design design,
                                                        @ForAll("foreign") List<Statement> foreign) {
        GeneratedPolicies once = PolicyGenerator.generate(withExisting(design, foreign));
        ExistingPolicies merged = new ExistingPolicies(once.bucketPolicy().text(),
                once.keyPolicy().map(PolicyFile::text).orElse(PolicyJson.write(PolicyDocument.of(foreign))));
        GeneratedPolicies twice = PolicyGenerator.generate(design.withExisting(merged));

        assertThat(twice.bucketPolicy().text()).isEqualTo(once.bucketPolicy().text());
        assertThat(twice.keyPolicy().map(PolicyFile::text)).isEqualTo(once.keyPolicy().map(PolicyFile::text));
    }

    @Property(tries = 300)
    void everyForeignStatementIsKeptEqualInMeaningExactlyOnce(@ForAll("designs") Design design,
                                                              @ForAll("foreign") List<Statement> foreign) {
        Design merged = withExisting(design, foreign);
        List<PolicyDocument> documents = new ArrayList<>(List.of(PolicyGenerator.generate(merged).bucketPolicy().document()));
        if (ExistingMerge.mergesKeyPolicy(merged)) {
            documents.add(PolicyGenerator.generate(merged).keyPolicy().orElseThrow().document());
        }
        for (PolicyDocument document : documents) {
            List<Statement> statements = document.statements();
            for (Statement f : foreign) {
                long same = statements.stream().filter(s -> s.equals(f)).count();
                assertThat(same).as("%s in %s", f, statements).isEqualTo(foreign.stream().filter(f::equals).count());
            }
            assertThat(statements.subList(0, foreign.size())).isEqualTo(foreign);
        }
    }
}
