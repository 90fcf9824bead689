package dev.s3grant.ui.forms;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The structural edits the forms make to a design: writers and key prefixes added, copied, removed. */
public final class DesignEdits {

    private DesignEdits() {
    }

    public static Design withWriter(Design d, int index, UnaryOperator<Writer> change) {
        if (index < 0 || index >= d.writers().size()) {
            return d;
        }
        List<Writer> writers = new ArrayList<>(d.writers());
        writers.set(index, change.apply(writers.get(index)));
        return d.withWriters(writers);
    }

    /** Appends an ECS-only writer with the next free default alias and empty account and role. */
    public static Design addWriter(Design d) {
        List<Writer> writers = new ArrayList<>(d.writers());
        writers.add(DesignDefaults.newWriter(freeAlias(d)));
        return d.withWriters(writers);
    }

    /** Inserts a copy of writer {@code index} after it, under the next free default alias. */
    public static Design duplicateWriter(Design d, int index) {
        if (index < 0 || index >= d.writers().size()) {
            return d;
        }
        List<Writer> writers = new ArrayList<>(d.writers());
        writers.add(index + 1, writers.get(index).withAlias(freeAlias(d)));
        return d.withWriters(writers);
    }

    public static Design removeWriter(Design d, int index) {
        if (index < 0 || index >= d.writers().size()) {
            return d;
        }
        List<Writer> writers = new ArrayList<>(d.writers());
        writers.remove(index);
        return d.withWriters(writers);
    }

    /** {@code A}, {@code A2}, {@code A3}, … : the first default alias no writer and not the owner uses. */
    static String freeAlias(Design d) {
        Set<String> taken = new HashSet<>();
        d.writers().forEach(w -> taken.add(w.alias()));
        taken.add(d.bucketOwner().alias());
        for (int i = 0; ; i++) {
            String alias = DesignDefaults.writerAlias(i);
            if (!taken.contains(alias)) {
                return alias;
            }
        }
    }

    public static Design withPrefix(Design d, int index, String prefix) {
        List<String> prefixes = new ArrayList<>(d.bucket().keyPrefixes());
        if (index < 0 || index >= prefixes.size()) {
            return d;
        }
        prefixes.set(index, prefix);
        return d.withBucket(d.bucket().withKeyPrefixes(prefixes));
    }

    public static Design addPrefix(Design d, String prefix) {
        List<String> prefixes = new ArrayList<>(d.bucket().keyPrefixes());
        prefixes.add(prefix);
        return d.withBucket(d.bucket().withKeyPrefixes(prefixes));
    }

    public static Design removePrefix(Design d, int index) {
        List<String> prefixes = new ArrayList<>(d.bucket().keyPrefixes());
        if (index < 0 || index >= prefixes.size()) {
            return d;
        }
        prefixes.remove(index);
        return d.withBucket(d.bucket().withKeyPrefixes(prefixes));
    }
}
