package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.DesignFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementLocatorTest {

    private final String bucketPolicy = GrantDesigner.artifacts(DesignFiles.example()).policies().bucketPolicy().text();

    @Test
    void findsEveryStatementOfAPolicyBySid() {
        assertThat(ElementLocator.elements(bucketPolicy, Syntax.JSON))
                .extracting(ElementLocator.Element::id)
                .containsExactly("AllowPutFromA", "DenyInsecureTransport");
    }

    @Test
    void aStatementRangeRunsFromItsOpeningLineToItsClosingBrace() {
        ElementLocator.Element put = ElementLocator.find(bucketPolicy, Syntax.JSON, "AllowPutFromA").orElseThrow();
        String text = bucketPolicy.substring(put.start(), put.end());
        assertThat(text).startsWith("    {\n      \"Sid\": \"AllowPutFromA\"").endsWith("}");
        assertThat(text).contains("aws:PrincipalOrgID").doesNotContain("DenyInsecureTransport");
    }

    @Test
    void theCaretInsideAStatementNamesIt() {
        int inDeny = bucketPolicy.indexOf("aws:SecureTransport");
        assertThat(ElementLocator.at(bucketPolicy, Syntax.JSON, inDeny)).map(ElementLocator.Element::id)
                .contains("DenyInsecureTransport");
        assertThat(ElementLocator.at(bucketPolicy, Syntax.JSON, bucketPolicy.indexOf("Version"))).isEmpty();
    }

    @Test
    void aSidInsideAStringValueDoesNotConfuseTheScanner() {
        String json = "{\"Statement\": [{\"Sid\": \"A\", \"Resource\": \"arn:{x}\\\"\"}, {\"Sid\": \"B\"}]}";
        assertThat(ElementLocator.elements(json, Syntax.JSON)).extracting(ElementLocator.Element::id).containsExactly("A", "B");
    }

    @Test
    void findsTerraformBlocksByAddress() {
        String hcl = """
                # account_B.tf
                resource "aws_s3_bucket" "main" {
                  bucket = "x{y}"
                  tags = {
                    a = "}"
                  }
                }

                data "aws_caller_identity" "current" {}

                variable "bucket_name" {
                  type = string
                }
                """;
        List<ElementLocator.Element> blocks = ElementLocator.elements(hcl, Syntax.HCL);
        assertThat(blocks).extracting(ElementLocator.Element::id)
                .containsExactly("aws_s3_bucket.main", "data.aws_caller_identity.current", "variable.bucket_name");
        ElementLocator.Element bucket = blocks.get(0);
        assertThat(hcl.substring(bucket.start(), bucket.end())).startsWith("resource").endsWith("  }\n}");
        assertThat(ElementLocator.at(hcl, Syntax.HCL, hcl.indexOf("type = string")).map(ElementLocator.Element::id))
                .contains("variable.bucket_name");
    }
}
