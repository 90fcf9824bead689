package dev.s3grant.hcl;

import java.util.List;

/** {@code [a, b, c]}. */
public record HclTuple(List<HclValue> elements) implements HclValue {

    public HclTuple {
        elements = List.copyOf(elements);
    }
}
