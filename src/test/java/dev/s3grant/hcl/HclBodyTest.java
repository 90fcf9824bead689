package dev.s3grant.hcl;

import static dev.s3grant.hcl.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclBodyTest {

    private static final String BUCKET = """
            resource "aws_s3_bucket" "main" {
              bucket = "logs"

              versioning {
                enabled = true
              }
            }
            """;

    private static HclFile parseClean(String source) {
        HclFile file = HclParser.parse(source);
        assertThat(file.errors()).isEmpty();
        return file;
    }

    @Test
    void blockHasTypeLabelsAndExactRanges() {
        HclBlock block = parseClean(BUCKET).body().blocks().get(0);
        assertThat(block.type()).isEqualTo("resource");
        assertThat(block.labels()).containsExactly("aws_s3_bucket", "main");
        assertThat(block.range()).isEqualTo(new Range(1, 1, 7, 2, 0, 92));
        assertThat(block.headerRange()).isEqualTo(new Range(1, 1, 1, 34, 0, 33));
    }

    @Test
    void attributeRangeRunsFromNameToEndOfValue() {
        HclAttribute bucket = parseClean(BUCKET).body().blocks().get(0).body().attribute("bucket").orElseThrow();
        assertThat(bucket.range()).isEqualTo(new Range(2, 3, 2, 18, 36, 51));
        assertThat(bucket.expression().range()).isEqualTo(new Range(2, 12, 2, 18, 45, 51));
        assertThat(bucket.expression().text()).isEqualTo("\"logs\"");
    }

    @Test
    void nestedBlocksHaveTheirOwnBodiesAndRanges() {
        HclBlock versioning = parseClean(BUCKET).body().blocks().get(0).body().blocks("versioning").get(0);
        assertThat(versioning.range()).isEqualTo(new Range(4, 3, 6, 4, 55, 90));
        assertThat(versioning.headerRange()).isEqualTo(new Range(4, 3, 4, 15, 55, 67));
        HclAttribute enabled = versioning.body().attribute("enabled").orElseThrow();
        assertThat(enabled.expression().value()).isEqualTo(new HclBool(true));
        assertThat(enabled.range()).isEqualTo(new Range(5, 5, 5, 19, 72, 86));
    }

    @Test
    void labelsMayBeIdentifiersOrQuotedStrings() {
        HclBlock block = parseClean("thing a \"b c\" d {\n}\n").body().blocks().get(0);
        assertThat(block.labels()).containsExactly("a", "b c", "d");
    }

    @Test
    void oneLineBlocksMayBeEmptyOrHoldOneArgument() {
        HclBody body = parseClean("empty {}\nsingle { a = 1 }\nlabelled \"x\" { b = \"y\" }\n").body();
        assertThat(body.blocks()).extracting(HclBlock::address).containsExactly("empty", "single", "labelled.x");
        assertThat(body.blocks().get(0).body()).isEqualTo(HclBody.empty());
        assertThat(body.blocks().get(1).body().attribute("a").orElseThrow().expression().value()).isEqualTo(number("1"));
        assertThat(body.blocks().get(1).range()).isEqualTo(new Range(2, 1, 2, 17, 9, 25));
        assertThat(body.blocks().get(2).body().attribute("b").orElseThrow().expression().value()).isEqualTo(literal("y"));
    }

    @Test
    void itemsAreInSourceOrder() {
        HclBody body = parseClean("a = 1\nb {}\nc = 2\nd {}\n").body();
        assertThat(body.items()).extracting(item -> item instanceof HclAttribute attribute
                ? attribute.name() : ((HclBlock) item).type()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void blocksOfATypeAreFoundInOrder() {
        HclBody body = parseClean("s { n = 1 }\nt {}\ns { n = 2 }\n").body();
        assertThat(body.blocks("s")).extracting(b -> b.body().attribute("n").orElseThrow().expression().text())
                .containsExactly("1", "2");
        assertThat(body.blocks("missing")).isEmpty();
        assertThat(body.attribute("missing")).isEmpty();
    }

    @Test
    void commentsOfEveryFormAreSkippedByTheParser() {
        HclBody body = parseClean("""
                # hash
                // slashes
                /* block
                   comment */
                a = 1 # trailing
                b = /* inline */ 2
                """).body();
        assertThat(body.attributes()).extracting(HclAttribute::name).containsExactly("a", "b");
        assertThat(body.attribute("b").orElseThrow().expression().value()).isEqualTo(number("2"));
    }

    @Test
    void emptyInputGivesAnEmptyBody() {
        assertThat(HclParser.parse("")).isEqualTo(new HclFile(HclBody.empty(), List.of()));
        assertThat(HclParser.parse("\n\n  # only a comment\n").body()).isEqualTo(HclBody.empty());
    }

    @Test
    void crLfLineEndingsAreAccepted() {
        HclBody body = parseClean("a {\r\n  b = \"c\"\r\n}\r\n").body();
        assertThat(body.blocks().get(0).body().attribute("b").orElseThrow().expression().value()).isEqualTo(literal("c"));
    }

    @Test
    void providerAddressIncludesAliasOnlyWhenPresent() {
        HclBody body = parseClean("provider \"aws\" {\n  alias = \"logs\"\n}\nprovider \"aws\" {\n  region = \"x\"\n}\n").body();
        assertThat(body.blocks()).extracting(HclBlock::address).containsExactly("provider.aws.logs", "provider.aws");
    }
}
