package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LiteralTextProperties {

    @Property
    void unescapingGivesBackWhatWasEscaped(@ForAll("texts") String text) {
        assertThat(LiteralText.unescape(LiteralText.escape(text))).isEqualTo(text);
    }

    @Property
    void anEscapedTextHoldsNoBareWildcardOrDollar(@ForAll("texts") String text) {
        String escaped = LiteralText.escape(text).replace("${*}", "").replace("${?}", "").replace("${$}", "");
        assertThat(escaped).doesNotContain("*", "?", "$");
    }

    @Test
    void aPolicyVariableWrittenAfterAnEscapedDollarIsTextAgain() {
        assertThat(LiteralText.unescape("home/${$}{aws:username}/team${*}/drop${?}zone")).isEqualTo("home/${aws:username}/team*/drop?zone");
        assertThat(LiteralText.unescape("arn:aws:iam::*:role/${aws:username}")).isEqualTo("arn:aws:iam::*:role/${aws:username}");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab/{}$*?-").ofMaxLength(24);
    }
}
