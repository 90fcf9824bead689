package dev.s3grant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list the build's theme subset is made from (src/build/theme-leaves-out.txt, decision 0060): the controls
 * the designer never makes, and the style classes only they carry.
 */
public record ThemeLeavesOut(List<String> controls, Set<String> styleClasses) {

    public static final Path LIST = Path.of("src/build/theme-leaves-out.txt");

    public static ThemeLeavesOut read() {
        List<String> controls = new ArrayList<>();
        Set<String> classes = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(LIST)) {
                String[] words = line.trim().split("\\s+");
                if (!line.isBlank() && !line.trim().startsWith("#")) {
                    controls.add(words[0]);
                    classes.addAll(List.of(words).subList(1, words.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ThemeLeavesOut(List.copyOf(controls), Set.copyOf(classes));
    }
}
