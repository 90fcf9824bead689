package dev.s3grant.hcl;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.util.List;

/** A syntax error as a user reading English sees it: its range and its rendered message. */
record ShownError(Range range, String text) {

    static List<ShownError> english(List<HclError> errors) {
        return in(Language.EN, errors);
    }

    static List<ShownError> in(Language language, List<HclError> errors) {
        Localizer localizer = Localizer.of(language);
        return errors.stream().map(e -> new ShownError(e.range(), localizer.render(e.message()))).toList();
    }
}
