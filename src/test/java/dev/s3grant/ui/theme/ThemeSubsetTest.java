package dev.s3grant.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ThemeLeavesOut;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window's theme is the build's subset of AtlantaFX's (decision 0060): every rule of AtlantaFX's stylesheet, in
 * its order, but those of which every selector names a style class of a control the designer never makes.
 */
class ThemeSubsetTest {

    private static final Set<String> LEFT_OUT = ThemeLeavesOut.read().styleClasses();

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void theWindowsThemeIsTheBuildsSubset(Appearance appearance) {
        String name = appearance == Appearance.LIGHT ? "primer-light" : "primer-dark";

        assertThat(appearance.controlsStylesheet()).endsWith("/dev/s3grant/ui/theme/" + name + ".bss");
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void theSubsetHasEveryRuleOfAtlantaFxButThoseOfControlsLeftOut(Appearance appearance) throws Exception {
        String name = appearance == Appearance.LIGHT ? "primer-light" : "primer-dark";
        URL whole = Appearance.class.getResource("/atlantafx/base/theme/" + name + ".css");
        List<Rule> atlantaFx = new CssParser().parse(whole).getRules();
        URL binary = new URL(appearance.controlsStylesheet());
        List<Rule> subset = Stylesheet.loadBinary(binary).getRules();

        List<String> kept = atlantaFx.stream().filter(Predicate.not(ThemeSubsetTest::leftOut)).map(r -> text(r, whole)).toList();

        assertThat(subset.stream().map(r -> text(r, binary)).toList()).isEqualTo(kept);
        // the rules of the controls left out are more than a third of the theme: what the subset is for
        assertThat(subset.size()).isLessThan(atlantaFx.size() * 2 / 3).isGreaterThan(atlantaFx.size() / 3);
    }

    /**
     * A rule as its selectors and declarations (a rule read in binary form reads its declarations when asked); an
     * address ({@code url(...)}) holds the stylesheet it is read from, which is the same for both here.
     */
    private static String text(Rule rule, URL stylesheet) {
        return (rule.getSelectors() + " " + rule.getDeclarations()).replace(stylesheet.toExternalForm(), "(stylesheet)");
    }

    private static boolean leftOut(Rule rule) {
        return rule.getSelectors().stream().allMatch(ThemeSubsetTest::namesALeftOutClass);
    }

    private static boolean namesALeftOutClass(Selector selector) {
        List<SimpleSelector> parts = selector instanceof CompoundSelector compound ? compound.getSelectors()
                : List.of((SimpleSelector) selector);
        return parts.stream().anyMatch(part -> part.getStyleClasses().stream().anyMatch(LEFT_OUT::contains));
    }
}
