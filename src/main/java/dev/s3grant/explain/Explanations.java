package dev.s3grant.explain;

import java.util.List;
import java.util.Objects;

/**
 * Everything the designer explains about one design, in reading order: the overview, then one
 * section per policy document (per statement), then one per Terraform file (per resource).
 */
public record Explanations(String designName, Overview overview, List<DocumentSection> sections) {

    public Explanations {
        Objects.requireNonNull(designName, "designName");
        Objects.requireNonNull(overview, "overview");
        sections = List.copyOf(sections);
    }

    /** Every statement and resource explanation, in section order. */
    public List<Explanation> all() {
        return sections.stream().flatMap(s -> s.explanations().stream()).toList();
    }

    /** The Sids and Terraform addresses explained, in order. */
    public List<String> subjects() {
        return all().stream().map(Explanation::subject).toList();
    }
}
