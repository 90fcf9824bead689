package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The streaming writer gives exactly the text of the document's JSON tree written by Jackson's object mapper. */
class PolicyJsonWriterProperties {

    /** Short strings with quotes, backslashes, control characters, non-ASCII and surrogate pairs. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("s3:PutObject", "*", "arn:aws:s3:::bucket/*", "aws:PrincipalArn", "", "a\"b", "c\\d",
                        "tab\there", "line\nbreak", "\u0001", "日本語", "😀", "</script>", "StringEquals"),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<Principal> principals() {
        Arbitrary<List<String>> values = texts().list().ofMaxSize(3);
        return Arbitraries.oneOf(
                Arbitraries.just(Principal.any()),
                Combinators.combine(values, values).as((aws, services) -> new Principal(false, Map.of("AWS", aws, "Service", services))),
                values.map(v -> new Principal(false, Map.of("Federated", v))));
    }

    @Provide
    Arbitrary<Statement> statements() {
        Arbitrary<List<String>> lists = texts().list().ofMaxSize(3);
        Arbitrary<Condition> condition = Combinators.combine(
                Arbitraries.of("StringEquals", "ArnLike", "Bool", "ForAnyValue:StringLike"),
                Arbitraries.of("aws:PrincipalArn", "aws:SourceAccount", "s3:x-amz-acl"),
                lists).as(Condition::new);
        Arbitrary<Principal> principal = Arbitraries.oneOf(principals(), Arbitraries.just(null));
        return Combinators.combine(texts(), Arbitraries.of(Effect.class), principal, principal, lists, lists, lists, lists)
                .flatAs((sid, effect, p, np, actions, notActions, resources, notResources) -> condition.list().ofMaxSize(4)
                        .map(conditions -> new Statement(sid, effect, p, np, actions, notActions, resources, notResources,
                                conditions)));
    }

    @Provide
    Arbitrary<PolicyDocument> documents() {
        return Combinators.combine(Arbitraries.of(PolicyDocument.VERSION, "2008-10-17"), statements().list().ofMaxSize(4))
                .as(PolicyDocument::new);
    }

    @Property(tries = 500)
    void prettyTextIsTheTreeWrittenInTheProjectLayout(@ForAll("documents") PolicyDocument document) {
        assertThat(PolicyJson.write(document)).isEqualTo(PrettyJson.write(PolicyJson.toTree(document)));
    }

    @Property(tries = 500)
    void minifiedTextIsTheTreeWrittenByTheObjectMapper(@ForAll("documents") PolicyDocument document) throws Exception {
        assertThat(PolicyJson.writeMinified(document)).isEqualTo(new ObjectMapper().writeValueAsString(PolicyJson.toTree(document)));
    }
}
