package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PrincipalIndexProperties {

    private static final List<String> PARTITIONS = List.of("aws", "aws-cn");
    private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "", "x:y", "arn:z");

    /** Principal values made of a few partitions, accounts and names, so that they often name the callers. */
    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> partition = Arbitraries.of(PARTITIONS);
        Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
        Arbitrary<String> name = Arbitraries.of("writer", "other", "a/b");
        Arbitrary<String> path = Arbitraries.of("", "team/", "x:y/");
        return Arbitraries.oneOf(
                account,
                Combinators.combine(partition, account).as((p, a) -> "arn:" + p + ":iam::" + a + ":root"),
                Combinators.combine(partition, account, path, name).as((p, a, s, n) -> "arn:" + p + ":iam::" + a + ":role/" + s + n),
                Combinators.combine(partition, account, name).as((p, a, n) -> "arn:" + p + ":sts::" + a + ":assumed-role/" + n + "/s"),
                Combinators.combine(partition, account, name).as((p, a, n) -> "arn:" + p + ":iam::" + a + ":user/" + n),
                Arbitraries.of("*", "arn:aws:iam", "arn:", "ecs-tasks.amazonaws.com"));
    }

    @Provide
    Arbitrary<Caller> callers() {
        Arbitrary<String> partition = Arbitraries.of(PARTITIONS);
        Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
        Arbitrary<String> role = Combinators.combine(partition, account, Arbitraries.of("", "team/", "x:y/"),
                Arbitraries.of("writer", "other")).as((p, a, s, n) -> "arn:" + p + ":iam::" + a + ":role/" + s + n);
        return Arbitraries.oneOf(
                Combinators.combine(partition, account).as(Caller::root),
                role.map(r -> Caller.roleSession(r, "s")),
                role.map(r -> Caller.roleSession(r, "s")).map(c -> new Caller(Caller.Kind.IAM_ROLE, c.partition(),
                        c.accountId(), c.roleArn(), c.roleName(), c.roleArn())),
                Combinators.combine(partition, account).as((p, a) -> new Caller(Caller.Kind.IAM_USER, p, a,
                        "arn:" + p + ":iam::" + a + ":user/writer", "", "")),
                Arbitraries.of("ecs-tasks.amazonaws.com", "ec2.amazonaws.com").map(Caller::service));
    }

    @Provide
    Arbitrary<Statement> statements() {
        Arbitrary<List<String>> values = values().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Principal> aws = values.map(v -> new Principal(false, Map.of("AWS", v)));
        Arbitrary<Principal> mixed = Combinators.combine(values, values).as((a, s) -> new Principal(false, Map.of("AWS", a, "Service", s)));
        Arbitrary<Principal> services = values.map(Principal::service);
        Arbitrary<Principal> any = Arbitraries.just(Principal.any());
        Arbitrary<Principal> principal = Arbitraries.oneOf(aws, mixed, services, any);
        return Arbitraries.oneOf(
                principal.map(p -> statement(p, null)),
                principal.map(p -> statement(null, p)),
                Arbitraries.just(statement(null, null)));
    }

    @Provide
    Arbitrary<List<Statement>> policies() {
        return statements().list().ofMaxSize(8);
    }

    @Property(tries = 1000)
    void everyStatementWhosePrincipalNamesTheCallerIsACandidate(@ForAll("callers") Caller caller,
                                                                @ForAll("policies") List<Statement> statements) {
        PrincipalIndex index = new PrincipalIndex(PolicyDocument.of(statements));

        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (principalNames(statements.get(i), caller)) {
                named.add(i);
            }
        }

        assertThat(index.candidates(caller)).containsAll(named);
    }

    @Test
    void aRoleSessionIsMatchedOnlyAgainstTheStatementsOfItsAccountAndThoseForEveryone() {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            statements.add(statement(Principal.aws(String.format("arn:aws:iam::%012d:root", 100_000_000_000L + i)), null));
        }
        statements.add(statement(Principal.any(), null));
        PrincipalIndex index = new PrincipalIndex(PolicyDocument.of(statements));

        assertThat(index.candidates(Caller.roleSession("arn:aws:iam::100000000042:role/ecs/writer", "s")))
                .containsExactly(42, 100);
    }

    /** Whether the principal part of {@link StatementMatcher#appliesToResource} lets the statement apply. */
    private static boolean principalNames(Statement s, Caller caller) {
        if (s.principal() != null) {
            return PrincipalMatcher.match(s.principal(), caller) != PrincipalMatch.NONE;
        }
        return s.notPrincipal() != null && !PrincipalMatcher.exempts(s.notPrincipal(), caller);
    }

    private static Statement statement(Principal principal, Principal notPrincipal) {
        return new Statement("", Effect.Allow, principal, notPrincipal, List.of("s3:PutObject"), List.of(), List.of("*"),
                List.of(), List.of());
    }
}
