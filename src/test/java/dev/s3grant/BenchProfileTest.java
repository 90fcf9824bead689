package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Measures tagged {@code bench} (the keystroke latency) run in the {@code bench} profile and never
 * in the default build: {@code mvn -B verify} excludes the tag, {@code mvn -B -Pbench verify} runs
 * the tagged measures and then the JMH benchmarks, without the other tests.
 */
class BenchProfileTest {

    private static Element project;

    @BeforeAll
    static void readPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        project = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
    }

    @Test
    void theDefaultTestRunExcludesTheBenchTag() {
        Element surefire = plugin(child(project, "build").orElseThrow(), "maven-surefire-plugin").orElseThrow();
        Element defaultTest = execution(surefire, "default-test").orElseThrow();
        assertThat(text(defaultTest, "configuration", "excludedGroups")).isEqualTo("bench,dist,startup");
        assertThat(text(surefire, "configuration", "groups")).isEmpty();
    }

    @Test
    void theBenchProfileRunsTheTaggedMeasuresThenTheBenchmarks() {
        Element bench = children(child(project, "profiles").orElseThrow(), "profile").stream()
                .filter(p -> text(p, "id").equals("bench")).findFirst().orElseThrow();
        Element build = child(bench, "build").orElseThrow();
        Element surefire = plugin(build, "maven-surefire-plugin").orElseThrow();
        assertThat(text(execution(surefire, "default-test").orElseThrow(), "configuration", "skip")).isEqualTo("true");
        Element measures = execution(surefire, "bench-measures").orElseThrow();
        assertThat(text(measures, "phase")).isEqualTo("test");
        assertThat(text(measures, "configuration", "groups")).isEqualTo("bench");
        Element jmh = execution(plugin(build, "exec-maven-plugin").orElseThrow(), "run-benchmarks").orElseThrow();
        assertThat(text(jmh, "phase")).isEqualTo("verify");
    }

    private static Optional<Element> plugin(Element build, String artifactId) {
        return children(child(build, "plugins").orElseThrow(), "plugin").stream()
                .filter(p -> text(p, "artifactId").equals(artifactId)).findFirst();
    }

    private static Optional<Element> execution(Element plugin, String id) {
        return child(plugin, "executions").stream().flatMap(e -> children(e, "execution").stream())
                .filter(e -> text(e, "id").equals(id)).findFirst();
    }

    /** The trimmed text at the path below {@code element}, or "" where the path is missing. */
    private static String text(Element element, String... path) {
        Optional<Element> at = Optional.of(element);
        for (String name : path) {
            at = at.flatMap(e -> child(e, name));
        }
        return at.map(e -> e.getTextContent().trim()).orElse("");
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
