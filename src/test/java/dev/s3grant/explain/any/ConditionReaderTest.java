package dev.s3grant.explain.any;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import org.junit.jupiter.api.Test;

class ConditionReaderTest {

    private static java.util.List<String> keys(ConditionReading r) {
        return r.meaning().stream().map(Message::key).toList();
    }

    @Test
    void severalValuesAreOredAndAMissingKeyFails() {
        ConditionReading r = ConditionReader.read(Condition.of("StringEquals", "aws:SourceAccount", "111122223333", "444455556666"), Effect.Allow);
        assertThat(keys(r)).containsExactly("explain.any.cond.test",
                "explain.any.cond.or", "explain.any.cond.missing.fails");
        assertThat(r.meaning().get(0).args().get(1)).isEqualTo(
                Message.of("explain.any.op.equals.several", new dev.s3grant.text.CodeList(r.values())));
        assertThat(r.links()).contains(DocLinks.CONDITION_LOGIC, DocLinks.CONDITION_KEYS);
    }

    @Test
    void aNegatedOperatorInADenyIsReadTheOtherWayRoundAndAMissingKeyIsDenied() {
        ConditionReading r = ConditionReader.read(Condition.of("StringNotEquals", "aws:PrincipalOrgID", "o-abcdefghij"), Effect.Deny);
        assertThat(r.negated()).isTrue();
        assertThat(keys(r)).containsExactly("explain.any.cond.test", "explain.any.cond.missing.passes", "explain.any.cond.denyNegated");
        assertThat(r.meaning().get(2).args().get(1)).as("the positive form of the test")
                .isEqualTo(Message.of("explain.any.op.equals", new dev.s3grant.text.CodeList(r.values())));
    }

    @Test
    void ifExistsLetsAMissingKeyPassAndANegatedIfExistsDenyLeavesItAlone() {
        ConditionReading r = ConditionReader.read(Condition.of("StringNotEqualsIfExists", "s3:x-amz-server-side-encryption", "aws:kms"),
                Effect.Deny);
        assertThat(r.ifExists()).isTrue();
        assertThat(keys(r)).containsExactly("explain.any.cond.test", "explain.any.cond.ifExists", "explain.any.cond.denyNegated.ifExists");
        assertThat(r.links()).contains(DocLinks.SERVICE_S3);
    }

    @Test
    void setPrefixesAndNullAreSpelledOut() {
        assertThat(keys(ConditionReader.read(Condition.of("ForAllValues:StringLike", "aws:TagKeys", "team-*"), Effect.Allow)))
                .containsExactly("explain.any.cond.test", "explain.any.cond.forAllValues");
        assertThat(keys(ConditionReader.read(Condition.of("ForAnyValue:StringEquals", "aws:TagKeys", "a"), Effect.Allow)))
                .containsExactly("explain.any.cond.test", "explain.any.cond.forAnyValue");
        assertThat(keys(ConditionReader.read(Condition.of("Null", "s3:x-amz-server-side-encryption", "true"), Effect.Deny)))
                .containsExactly("explain.any.cond.null.absent");
    }

    @Test
    void keysLinkToTheirServicePage() {
        assertThat(ConditionReader.keyPage("kms:ViaService")).isEqualTo(DocLinks.SERVICE_KMS);
        assertThat(ConditionReader.keyPage("aws:SourceIp")).isEqualTo(DocLinks.CONDITION_KEYS);
        assertThat(ConditionReader.keyPage("sts:ExternalId")).isEqualTo(DocLinks.SERVICE_STS);
    }
}
