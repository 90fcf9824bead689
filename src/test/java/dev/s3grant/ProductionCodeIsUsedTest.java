package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import dev.s3grant.ui.DesignerApp;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test helpers (same-thread executors, in-memory stores, fakes) live in the test sources: every
 * class under {@code src/main} is used by the application, that is, reached from its entry points
 * (the jar's {@link Launcher} and the window's {@link DesignerApp}) through the classes' own
 * dependencies (types, calls, method references, annotation values such as picocli's subcommands).
 * Classes without methods that hold constants are left out: the compiler copies a constant into the
 * class that reads it, so no dependency on its holder remains.
 */
@AnalyzeClasses(packages = "dev.s3grant", importOptions = ImportOption.DoNotIncludeTests.class)
class ProductionCodeIsUsedTest {

    @ArchTest
    static void everyProductionClassIsReachedFromTheEntryPoints(JavaClasses production) {
        Set<String> reached = reachedFrom(production, Launcher.class, DesignerApp.class);

        Set<String> unused = new TreeSet<>();
        for (JavaClass c : production) {
            if (c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info")
                    && !holdsConstants(c) && !reached.contains(c.getName())) {
                unused.add(c.getName());
            }
        }
        assertThat(production.contain(Launcher.class)).isTrue();
        assertThat(unused).as("classes under src/main that only tests use belong in src/test").isEmpty();
    }

    private static boolean holdsConstants(JavaClass c) {
        return c.getMethods().isEmpty() && c.getFields().stream().anyMatch(ProductionCodeIsUsedTest::isConstant);
    }

    private static boolean isConstant(JavaField f) {
        return f.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL))
                && (f.getRawType().isPrimitive() || f.getRawType().isEquivalentTo(String.class));
    }

    /** Names of the production classes reached, with the top-level class of every nested class reached. */
    private static Set<String> reachedFrom(JavaClasses production, Class<?>... entryPoints) {
        Set<String> reached = new HashSet<>();
        Deque<JavaClass> work = new ArrayDeque<>();
        for (Class<?> entry : entryPoints) {
            work.push(production.get(entry));
        }
        while (!work.isEmpty()) {
            JavaClass c = work.pop();
            if (!reached.add(c.getName())) {
                continue;
            }
            c.getEnclosingClass().ifPresent(work::push);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getBaseComponentType().getName();
                if (production.contain(target) && !reached.contains(target)) {
                    work.push(production.get(target));
                }
            }
        }
        return reached;
    }
}
