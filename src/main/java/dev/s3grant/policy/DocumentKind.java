package dev.s3grant.policy;

import dev.s3grant.document.SizeUnit;

/** The kinds of policy document the designer writes, with the limit AWS applies to each (docs/aws-rules.md#sizes). */
public enum DocumentKind {
    /** 20 KB, counted in minified UTF-8 bytes (the safe side). */
    BUCKET_POLICY(20_480, SizeUnit.BYTES),
    /** All inline policies of one role together: 10,240 non-whitespace characters. */
    ROLE_POLICY(10_240, SizeUnit.NON_WHITESPACE_CHARACTERS),
    /** The default quota; it can be raised to 4,096 by a quota request. */
    TRUST_POLICY(2_048, SizeUnit.NON_WHITESPACE_CHARACTERS),
    /** KMS key policies: 32 KB. */
    KEY_POLICY(32_768, SizeUnit.BYTES);

    private final int limit;
    private final SizeUnit unit;

    DocumentKind(int limit, SizeUnit unit) {
        this.limit = limit;
        this.unit = unit;
    }

    public int limit() {
        return limit;
    }

    public SizeUnit unit() {
        return unit;
    }
}
