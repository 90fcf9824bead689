package dev.s3grant.explain.any;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReachJudgeTest {

    private static Statement allow(Principal principal, Condition... conditions) {
        return Statement.of("", Effect.Allow, principal, List.of("s3:PutObject"), List.of("arn:aws:s3:::b/*"), List.of(conditions));
    }

    @Test
    void aWildcardPrincipalWithoutConditionsIsPublic() {
        assertThat(ReachJudge.of(allow(Principal.any())).kind()).isEqualTo(Reach.PUBLIC);
    }

    @Test
    void anOrganizationConditionLimitsAWildcardPrincipalToTheOrganization() {
        StatementReach reach = ReachJudge.of(allow(Principal.any(), Condition.of("StringEquals", "aws:PrincipalOrgID", "o-abcdefghij")));
        assertThat(reach.kind()).isEqualTo(Reach.ORGANIZATION);
        assertThat(reach.limits()).containsExactly("o-abcdefghij");
    }

    @Test
    void aWildcardOrganizationIdOrANegatedOrIfExistsOperatorLimitsNothing() {
        assertThat(ReachJudge.of(allow(Principal.any(), Condition.of("StringLike", "aws:PrincipalOrgID", "o-*"))).kind())
                .isEqualTo(Reach.PUBLIC);
        assertThat(ReachJudge.of(allow(Principal.any(), Condition.of("StringNotEquals", "aws:PrincipalOrgID", "o-abcdefghij"))).kind())
                .isEqualTo(Reach.PUBLIC);
        assertThat(ReachJudge.of(allow(Principal.any(), Condition.of("StringEqualsIfExists", "aws:PrincipalOrgID", "o-abcdefghij"))).kind())
                .isEqualTo(Reach.PUBLIC);
    }

    @Test
    void anAccountRootIsOneAccountAndAnExactPrincipalArnNarrowsItToOnePrincipal() {
        Principal root = Principal.aws("arn:aws:iam::111122223333:root");
        StatementReach account = ReachJudge.of(allow(root));
        assertThat(account.kind()).isEqualTo(Reach.ACCOUNT);
        assertThat(account.limits()).containsExactly("111122223333");
        assertThat(ReachJudge.of(allow(root, Condition.of("ArnEquals", "aws:PrincipalArn",
                "arn:aws:iam::111122223333:role/writer"))).kind()).isEqualTo(Reach.PRINCIPAL);
    }

    @Test
    void twoAccountsAreSeveralAccounts() {
        assertThat(ReachJudge.of(allow(Principal.aws("111122223333", "444455556666"))).kind()).isEqualTo(Reach.ACCOUNTS);
    }

    @Test
    void aGuardedServiceWithItsSourceAccountActsForOneAccountAndWithoutItForAny() {
        Principal ecs = Principal.service(List.of("ecs-tasks.amazonaws.com"));
        assertThat(ReachJudge.of(allow(ecs)).kind()).isEqualTo(Reach.OUTSIDE_ORGANIZATION);
        StatementReach guarded = ReachJudge.of(allow(ecs, Condition.of("StringEquals", "aws:SourceAccount", "111122223333")));
        assertThat(guarded.kind()).isEqualTo(Reach.SERVICE_FOR_ACCOUNT);
        assertThat(guarded.limits()).containsExactly("111122223333");
        assertThat(ReachJudge.of(allow(ecs, Condition.of("ArnLike", "aws:SourceArn", "arn:aws:ecs:eu-west-1:111122223333:*")))
                .limits()).containsExactly("111122223333");
    }

    @Test
    void aServiceThatIsOnlyPassedTheRoleActsForTheRolesAccount() {
        StatementReach lambda = ReachJudge.of(allow(Principal.service(List.of("lambda.amazonaws.com"))));
        assertThat(lambda.kind()).isEqualTo(Reach.SERVICE_FOR_ACCOUNT);
        assertThat(lambda.limits()).isEmpty();
    }

    @Test
    void aStatementWithoutPrincipalReachesTheIdentityItIsAttachedTo() {
        StatementReach reach = ReachJudge.of(allow(null));
        assertThat(reach.kind()).isEqualTo(Reach.PRINCIPAL);
        assertThat(reach.attached()).isTrue();
    }

    /** A condition only ever limits: adding any condition to a statement never widens its reach. */
    @Property
    void addingAConditionNeverWidensTheReach(@ForAll("principals") Principal principal, @ForAll("conditions") List<Condition> before,
                                             @ForAll("conditions") List<Condition> added) {
        List<Condition> all = new ArrayList<>(before);
        all.addAll(added);
        Reach without = ReachJudge.of(allow(principal, before.toArray(Condition[]::new))).kind();
        Reach with = ReachJudge.of(allow(principal, all.toArray(Condition[]::new))).kind();
        assertThat(with.widerThan(without)).as("%s with %s is wider than %s", with, added, without).isFalse();
    }

    @Provide
    Arbitrary<Principal> principals() {
        return Arbitraries.of(Principal.any(), Principal.aws("*"), Principal.aws("111122223333"),
                Principal.aws("arn:aws:iam::111122223333:root", "444455556666"), Principal.aws("arn:aws:iam::111122223333:role/r"),
                Principal.service(List.of("ecs-tasks.amazonaws.com")), Principal.service(List.of("lambda.amazonaws.com")),
                Principal.service(List.of("example.amazonaws.com")));
    }

    @Provide
    Arbitrary<List<Condition>> conditions() {
        Arbitrary<String> operator = Arbitraries.of("StringEquals", "StringLike", "ArnEquals", "ArnLike", "StringNotEquals",
                "StringEqualsIfExists", "ForAnyValue:StringEquals", "Bool");
        Arbitrary<String> key = Arbitraries.of("aws:PrincipalOrgID", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:SourceAccount",
                "aws:SourceArn", "aws:SourceOrgID", "sts:ExternalId", "aws:SecureTransport", "s3:prefix");
        Arbitrary<List<String>> values = Arbitraries.of("o-abcdefghij", "o-*", "111122223333", "444455556666",
                "arn:aws:iam::111122223333:role/r", "arn:aws:iam::111122223333:role/*", "arn:aws:ecs:eu-west-1:444455556666:*",
                "*", "false").list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        return net.jqwik.api.Combinators.combine(operator, key, values).as(Condition::new).list().ofMaxSize(3);
    }
}
