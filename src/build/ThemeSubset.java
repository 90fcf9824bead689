import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;

/**
 * Writes the window's theme: AtlantaFX's Primer Light and Primer Dark in JavaFX's binary form, without
 * the rules no node of the designer can match (decision 0060). A rule is left out when every one of its
 * selectors names a style class of a control the designer never makes ({@code theme-leaves-out.txt}):
 * such a rule is never applied, but JavaFX still reads it and sorts it into its lookup tables when the
 * theme is set, on the FX thread, before the first frame with the preview. The build runs it after
 * compiling, with the project's class path (which holds JavaFX and AtlantaFX):
 *
 * <pre>java -cp CLASSPATH src/build/ThemeSubset.java LIST OUT_DIR WORK_DIR</pre>
 *
 * Each rule is parsed on its own by JavaFX's parser, which decides from its selectors whether it is left out;
 * a theme that does not split into as many rules as JavaFX reads from it whole stops the build.
 */
public final class ThemeSubset {

    static final List<String> THEMES = List.of("primer-light", "primer-dark");

    public static void main(String[] args) throws IOException {
        Set<String> leftOut = styleClasses(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Files.createDirectories(out);
        Files.createDirectories(work);
        for (String theme : THEMES) {
            String css = resource("/atlantafx/base/theme/" + theme + ".css");
            List<String> kept = new ArrayList<>();
            int rules = 0;
            for (String block : blocks(css)) {
                rules++;
                if (!isLeftOut(block, leftOut)) {
                    kept.add(block);
                }
            }
            int whole = new CssParser().parse(css).getRules().size();
            if (whole != rules) {
                throw new IllegalStateException(theme + ".css: " + rules + " blocks but JavaFX reads " + whole + " rules");
            }
            // The binary form records where its source was, as AtlantaFX's own does: a fixed place keeps it the same
            // on every build. The subset's text stays there to be read.
            Path source = work.resolve(theme + ".css");
            Files.writeString(source, String.join("\n", kept) + "\n");
            Stylesheet.convertToBinary(source.toFile(), out.resolve(theme + ".bss").toFile());
            System.out.println("[theme] " + theme + ": " + kept.size() + " of " + rules + " rules kept");
        }
    }

    /** The style classes of the list: every word after the first on a line that is not a comment. */
    static Set<String> styleClasses(Path list) throws IOException {
        Set<String> classes = new TreeSet<>();
        for (String line : Files.readAllLines(list)) {
            String[] words = line.trim().split("\\s+");
            if (!line.isBlank() && !line.trim().startsWith("#")) {
                classes.addAll(List.of(words).subList(1, words.length));
            }
        }
        return classes;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ThemeSubset.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The theme's rules as text, {@code selectors { declarations }}, comments removed. */
    static List<String> blocks(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    throw new IllegalStateException("text after the last rule: " + text.substring(at).strip());
                }
                return blocks;
            }
            int close = text.indexOf('}', open);
            if (close < 0 || text.substring(open + 1, close).indexOf('{') >= 0 || text.substring(at, open).contains("@")) {
                throw new IllegalStateException("not a plain rule: " + text.substring(at, Math.min(text.length(), open + 80)).strip());
            }
            blocks.add(text.substring(at, close + 1).strip());
            at = close + 1;
        }
    }

    /** Whether each selector of the rule in {@code block} names one of {@code leftOut}. */
    static boolean isLeftOut(String block, Set<String> leftOut) {
        List<Rule> rules = new CssParser().parse(block).getRules();
        if (rules.size() != 1) {
            throw new IllegalStateException("not one rule: " + block);
        }
        return rules.get(0).getSelectors().stream().allMatch(s -> names(s, leftOut));
    }

    private static boolean names(Selector selector, Set<String> leftOut) {
        List<SimpleSelector> parts = selector instanceof CompoundSelector compound ? compound.getSelectors()
                : List.of((SimpleSelector) selector);
        return parts.stream().flatMap(p -> p.getStyleClasses().stream()).anyMatch(leftOut::contains);
    }
}
