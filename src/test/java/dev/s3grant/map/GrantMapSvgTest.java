package dev.s3grant.map;

import static dev.s3grant.map.MapFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.DesignStore;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GrantMapSvgTest {

    private static String svg(Design design, Language language) {
        return GrantMapSvg.write(GrantMaps.of(source(design), language), language);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theExampleMapIsTheGoldenSvgAndParsesAsSvgWithAViewBox(Language language) throws Exception {
        String svg = svg(DesignStore.example(), language);

        Golden.assertMatches("map/example." + language.code() + ".svg", svg);
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(root.getAttribute("font-family")).contains("'Noto Sans CJK JP'", "Meiryo", "'Hiragino Sans'")
                .endsWith("sans-serif");
        assertThat(svg).endsWith("</svg>\n").doesNotContain("\r");
    }

    @Test
    void theMapWithTheKeyAndForeignPrincipalsIsTheGoldenSvg() throws Exception {
        String svg = svg(TestDesigns.load("existing-policies"), Language.JA);

        Golden.assertMatches("map/existing-policies.ja.svg", svg);
        assertThat(parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    /** The picture in docs/grant-map.md is the map of the three-writer test design, kept current like a golden file. */
    @Test
    void thePictureInTheDocsIsTheMapOfTheThreeWriterDesign() throws Exception {
        String svg = svg(TestDesigns.load("three-writers"), Language.EN);
        java.nio.file.Path docs = java.nio.file.Path.of("docs", "grant-map-three-writers.en.svg");
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(docs, svg, StandardCharsets.UTF_8);
        }

        assertThat(java.nio.file.Files.readString(docs, StandardCharsets.UTF_8))
                .as("%s (run with -Dgolden.update=true to write it)", docs).isEqualTo(svg);
    }

    @Test
    void textsAreEscapedSoAnyAliasStillMakesWellFormedXml() throws Exception {
        Design example = DesignStore.example();
        Design hostile = example.withWriters(List.of(example.writers().get(0).withAlias("A<&>\"'\u0001")));

        String svg = svg(hostile, Language.EN);

        assertThat(svg).contains("Writer account A&lt;&amp;&gt;&quot;&apos;</text>");
        NodeList texts = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        boolean found = false;
        for (int i = 0; i < texts.getLength(); i++) {
            found |= texts.item(i).getTextContent().equals("Writer account A<&>\"'");
        }
        assertThat(found).isTrue();
    }

    @Test
    void eachArrowIsColouredByItsStatusAndTheLegendNamesTheStatusesInTheLanguage() throws Exception {
        Design design = TestDesigns.load("existing-policies");
        String deny = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"FreezeBucket\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::existing-logs-222222222222/*\"}]}";
        String svg = svg(design.withExisting(design.existing().withBucketPolicy(deny)), Language.JA);

        Document document = parse(svg);
        NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int arrows = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("class").startsWith("arrow ")) {
                continue;
            }
            arrows++;
            ArrowStatus status = ArrowStatus.valueOf(g.getAttribute("data-status").toUpperCase(Locale.ROOT));
            Element line = (Element) g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").item(0);
            assertThat(line.getAttribute("stroke")).isEqualTo(MapColours.of(status));
            if (g.getAttribute("data-id").startsWith("put/")) {
                assertThat(status).isEqualTo(ArrowStatus.NOT_AS_INTENDED);
                assertThat(line.getAttribute("stroke")).isEqualTo("#cf222e");
            }
        }
        assertThat(arrows).isEqualTo(3);
        assertThat(svg).contains(">凡例</text>", ">意図どおり許可されます</text>", ">意図どおり拒否されます</text>",
                ">意図と異なります (アクセスチェックを参照してください)</text>");
    }

    @Test
    void numbersAreWrittenTheSameOnEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(GrantMapSvg.num(1234.5)).isEqualTo("1234.5");
            assertThat(GrantMapSvg.num(12.0)).isEqualTo("12");
            assertThat(GrantMapSvg.num(1.0 / 3)).isEqualTo("0.33");
            assertThat(GrantMapSvg.num(0.0)).isEqualTo("0");
        } finally {
            Locale.setDefault(before);
        }
    }
}
