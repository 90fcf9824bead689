package dev.s3grant.ui.i18n;

import dev.s3grant.text.Localizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows an ARN whose design field is still empty with a placeholder where the missing part goes, so
 * the window never shows a half-built ARN such as {@code arn:aws:iam:::role/}:
 * {@code arn:aws:iam::(account ID required):role/(role name required)}. The core builds ARNs from
 * the design as they are (they are what the generated files would hold); this is how the window
 * shows them in explanations, findings, the access check and labels. The generated files in the
 * preview stay as generated.
 */
public final class ArnPlaceholders {

    /** arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE; the resource stops before a space, a quote or a bracket, and a full stop that ends a sentence. */
    private static final Pattern ARN = Pattern.compile(
            "arn:([a-z-]+):([a-z0-9-]+):([a-z0-9-]*):(\\d*):([^\\s\"'`,;<>()\\[\\]]*?)(?=\\.?(?:[\\s\"'`,;<>()\\[\\]]|$))");

    /** Services whose ARNs name no Region. */
    private static final Set<String> GLOBAL = Set.of("iam", "s3", "sts", "organizations", "cloudfront", "route53");

    private ArnPlaceholders() {
    }

    /** {@code text} with every half-built ARN in it completed by placeholders in the language of {@code l}. */
    public static String fill(String text, Localizer l) {
        if (text == null || !text.contains("arn:")) {
            return text;
        }
        Matcher m = ARN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // A resource cut short by "(" already ends in a placeholder: it is shown as it is.
            boolean filled = m.end() < text.length() && text.charAt(m.end()) == '(';
            m.appendReplacement(out, Matcher.quoteReplacement(filled ? m.group() : complete(m, l)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String complete(Matcher m, Localizer l) {
        String service = m.group(2);
        String region = m.group(3);
        String account = m.group(4);
        String resource = m.group(5);
        if (region.isEmpty() && !GLOBAL.contains(service)) {
            region = l.text("ui.arn.regionRequired");
        }
        if (account.isEmpty() && !service.equals("s3")) {
            account = l.text("ui.arn.accountRequired");
        }
        if (service.equals("s3") && (resource.isEmpty() || resource.startsWith("/"))) {
            resource = l.text("ui.arn.bucketRequired") + resource;
        }
        if (service.equals("iam") && resource.startsWith("role/") && resource.endsWith("/")) {
            resource = resource + l.text("ui.arn.roleNameRequired");
        }
        if (service.equals("sts") && resource.startsWith("assumed-role//")) {
            resource = "assumed-role/" + l.text("ui.arn.roleNameRequired") + resource.substring("assumed-role/".length());
        }
        return "arn:" + m.group(1) + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
