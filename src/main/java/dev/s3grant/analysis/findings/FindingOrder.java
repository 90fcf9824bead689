package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Finding;
import java.util.Comparator;

/**
 * The one order of findings: most severe first, then by code, then by location, where numbers
 * inside a location compare as numbers ({@code writers[2]} before {@code writers[10]}).
 */
public final class FindingOrder {

    /**
     * Severity, code, location, then the message's key and arguments. Written out rather than chained with
     * {@code Comparator.comparing}, whose lambdas the runtime generates at every start: no start-up cache holds
     * them (decision 0057).
     */
    public static final Comparator<Finding> COMPARATOR = FindingOrder::compare;

    private FindingOrder() {
    }

    private static int compare(Finding a, Finding b) {
        int order = a.severity().compareTo(b.severity());
        if (order == 0) {
            order = a.code().compareTo(b.code());
        }
        if (order == 0) {
            order = compareNatural(a.location().text(), b.location().text());
        }
        if (order == 0) {
            order = a.message().key().compareTo(b.message().key());
        }
        if (order == 0) {
            order = a.message().args().toString().compareTo(b.message().args().toString());
        }
        return order;
    }

    /** Compares text with runs of ASCII digits compared by their value. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareDigits(String a, String b) {
        String x = withoutLeadingZeros(a);
        String y = withoutLeadingZeros(b);
        if (x.length() != y.length()) {
            return Integer.compare(x.length(), y.length());
        }
        int byDigits = x.compareTo(y);
        return byDigits != 0 ? byDigits : Integer.compare(a.length(), b.length());
    }

    /** The digits without their leading zeros, keeping the last digit: {@code 007} is {@code 7}, {@code 000} is {@code 0}. */
    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
