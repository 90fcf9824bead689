package dev.s3grant.ui.preview;

/** How a preview document is highlighted. */
public enum Syntax {
    JSON,
    HCL,
    PLAIN;

    /** By file name: {@code .json} is JSON, {@code .tf} and {@code .tfvars} are HCL. */
    public static Syntax of(String path) {
        if (path.endsWith(".json")) {
            return JSON;
        }
        if (path.endsWith(".tf") || path.endsWith(".tfvars")) {
            return HCL;
        }
        return PLAIN;
    }
}
