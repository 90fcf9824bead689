package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Localizer;

/** The explanations tests read: one subject's explanation of a design's policies, and a message in a language. */
final class ExplanationLookup {

    private ExplanationLookup() {
    }

    static Explanation of(Design design, String subject) {
        return Explainer.explain(design, PolicyGenerator.generate(design)).all().stream()
                .filter(e -> e.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no explanation of " + subject + " in " + design.name()));
    }

    static String render(Language language, Message message) {
        return Localizer.of(language).render(message);
    }
}
