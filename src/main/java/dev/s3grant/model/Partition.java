package dev.s3grant.model;

/** The AWS partition the accounts live in; it decides the ARN prefix and the service domain. */
public enum Partition {
    AWS("aws"),
    AWS_CN("aws-cn"),
    AWS_US_GOV("aws-us-gov");

    private final String id;

    Partition(String id) {
        this.id = id;
    }

    /** The partition as it appears in ARNs and in the design file, for example {@code aws-cn}. */
    public String id() {
        return id;
    }

    public static Partition fromId(String id) {
        for (Partition p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown partition: " + id);
    }
}
