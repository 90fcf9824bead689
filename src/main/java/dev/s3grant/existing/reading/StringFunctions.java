package dev.s3grant.existing.reading;

import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The few Terraform string functions that names are built with, evaluated when every argument
 * is a known string: {@code replace} (plain substring, not the {@code /regex/} form),
 * {@code lower}, {@code upper}. Any other call stays unevaluated.
 */
final class StringFunctions {

    private StringFunctions() {
    }

    static Optional<String> evaluate(HclFunctionCall call) {
        List<String> args = new ArrayList<>();
        for (HclValue argument : call.arguments()) {
            if (!(argument instanceof HclString string) || string.literalText().isEmpty()) {
                return Optional.empty();
            }
            args.add(string.literalText().get());
        }
        return switch (call.name()) {
            case "replace" -> args.size() == 3 && !isRegex(args.get(1))
                    ? Optional.of(args.get(0).replace(args.get(1), args.get(2))) : Optional.empty();
            case "lower" -> args.size() == 1 ? Optional.of(args.get(0).toLowerCase(Locale.ROOT)) : Optional.empty();
            case "upper" -> args.size() == 1 ? Optional.of(args.get(0).toUpperCase(Locale.ROOT)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean isRegex(String text) {
        return text.length() > 1 && text.startsWith("/") && text.endsWith("/");
    }
}
