package dev.s3grant.existing.reading;

import dev.s3grant.model.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The alias an imported writer gets: the one its files give if no writer has it yet, else {@code A}, {@code A2}, …. */
final class WriterAliases {

    private WriterAliases() {
    }

    static String free(List<Writer> writers, Optional<String> wanted) {
        Set<String> taken = new HashSet<>();
        writers.forEach(w -> taken.add(w.alias()));
        if (wanted.isPresent() && !taken.contains(wanted.get())) {
            return wanted.get();
        }
        for (int i = writers.size(); ; i++) {
            String alias = i == 0 ? "A" : "A" + (i + 1);
            if (!taken.contains(alias)) {
                return alias;
            }
        }
    }
}
