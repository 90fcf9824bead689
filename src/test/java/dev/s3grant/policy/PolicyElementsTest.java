package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import dev.s3grant.document.GeneratedFile;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The statements and condition keys the policy writer records are where the text has them. */
class PolicyElementsTest {

    /** Every Sid of every golden policy is an element whose text, parsed, is that statement. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void everyStatementIsAnElementWhoseTextIsThatStatement(String name) {
        for (PolicyFile file : PolicyGenerator.generate(TestDesigns.load(name)).all()) {
            GeneratedFile generated = file.generated();
            List<FileElement> statements = generated.topLevel(ElementKind.STATEMENT);
            assertThat(statements).extracting(FileElement::id)
                    .isEqualTo(file.document().statements().stream().map(Statement::sid).filter(sid -> !sid.isEmpty()).toList());
            for (Statement statement : file.document().statements()) {
                if (statement.sid().isEmpty()) {
                    continue; // a statement kept from an existing policy may have no Sid, and then no element
                }
                FileElement element = generated.element(statement.sid()).orElseThrow();
                String text = generated.textOf(element);
                assertThat(text).startsWith("    {").endsWith("}");
                PolicyDocument alone = PolicyJson.parse("{\"Version\": \"2012-10-17\", \"Statement\": [" + text + "]}");
                assertThat(alone.statements()).containsExactly(statement);
            }
        }
    }

    /** Each condition key is an element of its statement, named Sid/operator/key, whose text starts with the key. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void everyConditionKeyIsAnElementOfItsStatement(String name) {
        for (PolicyFile file : PolicyGenerator.generate(TestDesigns.load(name)).all()) {
            GeneratedFile generated = file.generated();
            for (Statement statement : file.document().statements()) {
                if (statement.sid().isEmpty()) {
                    continue;
                }
                FileElement parent = generated.element(statement.sid()).orElseThrow();
                for (Condition c : statement.conditions()) {
                    FileElement key = generated.element(statement.sid() + "/" + c.operator() + "/" + c.key()).orElseThrow();
                    assertThat(key.kind()).isEqualTo(ElementKind.CONDITION);
                    assertThat(key.parent()).isEqualTo(statement.sid());
                    assertThat(generated.textOf(key).strip()).startsWith("\"" + c.key() + "\": ");
                    assertThat(key.start()).isGreaterThan(parent.start());
                    assertThat(key.end()).isLessThan(parent.end());
                }
            }
        }
    }

    /** The caret on a condition key is in its statement: the innermost statement, not the key. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void theElementAtAConditionIsItsStatement(String name) {
        for (PolicyFile file : PolicyGenerator.generate(TestDesigns.load(name)).all()) {
            GeneratedFile generated = file.generated();
            generated.elements().stream().filter(e -> e.kind() == ElementKind.CONDITION).forEach(c ->
                    assertThat(generated.elementAt(c.start() + 8).orElseThrow().id()).isEqualTo(c.parent()));
            assertThat(generated.elementAt(0)).isEmpty();
        }
    }
}
