package dev.s3grant.analysis.findings;

/**
 * A number written with leading zeros to a width, for the rules' example designs, which are built
 * when the rule catalogue is first used: {@code String.format} would start {@link java.util.Formatter}
 * for hundreds of numbers at every start of the command line.
 */
final class ZeroPadded {

    private ZeroPadded() {
    }

    /** {@code value} (not negative) with leading zeros to {@code width} digits, as {@code %0<width>d} writes it. */
    static String of(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
