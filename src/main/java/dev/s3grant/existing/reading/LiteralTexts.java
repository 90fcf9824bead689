package dev.s3grant.existing.reading;

/** The reverse of the policies' escaping: IAM's <code>${*}</code>, <code>${?}</code>, <code>${$}</code> back to the literal character. */
final class LiteralTexts {

    private LiteralTexts() {
    }

    static String unescape(String text) {
        return text.replace("${*}", "*").replace("${?}", "?").replace("${$}", "$");
    }
}
