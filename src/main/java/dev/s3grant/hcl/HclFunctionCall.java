package dev.s3grant.hcl;

import java.util.List;
import java.util.Objects;

/** {@code name(arg, ...)}; the name may be namespaced ({@code provider::aws::arn_parse}). */
public record HclFunctionCall(String name, List<HclValue> arguments) implements HclValue {

    public HclFunctionCall {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }
}
