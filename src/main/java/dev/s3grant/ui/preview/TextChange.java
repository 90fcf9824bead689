package dev.s3grant.ui.preview;

/**
 * The smallest single replacement that turns one text into another: what lies between their
 * common prefix and common suffix. Replacing only that keeps the code area's viewport and styles.
 */
public record TextChange(int start, int end, String replacement) {

    /** Null when the texts are equal. */
    public static TextChange between(String oldText, String newText) {
        if (oldText.equals(newText)) {
            return null;
        }
        int max = Math.min(oldText.length(), newText.length());
        int prefix = 0;
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, oldText.length() - suffix, newText.substring(prefix, newText.length() - suffix));
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
