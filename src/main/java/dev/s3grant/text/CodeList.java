package dev.s3grant.text;

import java.util.List;

/** A message argument listing literal values; renderers join them with the language's list separator. */
public record CodeList(List<String> values) {

    public CodeList {
        values = List.copyOf(values);
    }

    public static CodeList of(String... values) {
        return new CodeList(List.of(values));
    }

    @Override
    public String toString() {
        return String.join(", ", values);
    }
}
