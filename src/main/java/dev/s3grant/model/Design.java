package dev.s3grant.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-account S3 write grant: writer roles in one or more accounts put objects into a bucket
 * owned by another account of the same organization. Values are kept exactly as typed, valid or
 * not; the findings report invalid ones. {@code formatVersion} follows the content:
 * {@value #EXISTING_POLICIES_FORMAT_VERSION} when the design names existing policies ({@link #existing()}),
 * {@value #ACCEPTED_FINDINGS_FORMAT_VERSION} when it accepts findings ({@link #acceptedFindings()}),
 * {@value #SHARED_FORMAT_VERSION} when it uses the shared-role principal style ({@link PrincipalStyle#SHARED_ROLE})
 * or writes one shared writer file ({@link Options#writerFiles()}),
 * {@value #ORG_PATH_FORMAT_VERSION} when it names the writers' organizational unit ({@link Options#writerOrgPath()}),
 * else {@value #FORMAT_VERSION}, which every earlier reader reads
 * (docs/decisions/0029-merge-into-existing-policies.md, 0036-accepted-findings.md,
 * 0043-shared-role-principal-style.md, 0044-shared-writer-file.md,
 * 0052-writers-by-organizational-unit.md); the highest that applies wins.
 */
public record Design(
        int formatVersion,
        String name,
        Partition partition,
        String region,
        String organizationId,
        BucketOwner bucketOwner,
        Bucket bucket,
        List<Writer> writers,
        Options options,
        ExistingPolicies existing,
        List<AcceptedFinding> acceptedFindings) {

    public static final int FORMAT_VERSION = 1;

    /** The format version of a design file that names existing policies ({@link #existing()}). */
    public static final int EXISTING_POLICIES_FORMAT_VERSION = 2;

    /** The format version of a design file that accepts findings ({@link #acceptedFindings()}). */
    public static final int ACCEPTED_FINDINGS_FORMAT_VERSION = 3;

    /**
     * The format version of a design file that uses the shared-role principal style or one shared
     * writer file ({@link Options#writerFiles()}).
     */
    public static final int SHARED_FORMAT_VERSION = 4;

    /** The format version of a design file that names the writers' organizational unit ({@link Options#writerOrgPath()}). */
    public static final int ORG_PATH_FORMAT_VERSION = 5;

    /** The newest format version this build reads and writes. */
    public static final int NEWEST_FORMAT_VERSION = ORG_PATH_FORMAT_VERSION;

    public Design {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(region, "region");
        organizationId = organizationId == null ? "" : organizationId;
        Objects.requireNonNull(bucketOwner, "bucketOwner");
        Objects.requireNonNull(bucket, "bucket");
        writers = List.copyOf(writers);
        Objects.requireNonNull(options, "options");
        existing = existing == null ? ExistingPolicies.none() : existing;
        acceptedFindings = acceptedFindings == null ? List.of() : List.copyOf(acceptedFindings);
        formatVersion = !options.writerOrgPath().isEmpty() ? ORG_PATH_FORMAT_VERSION
                : options.principalStyle() == PrincipalStyle.SHARED_ROLE || options.sharedWriterFile()
                ? SHARED_FORMAT_VERSION
                : !acceptedFindings.isEmpty() ? ACCEPTED_FINDINGS_FORMAT_VERSION
                : existing.isEmpty() ? FORMAT_VERSION : EXISTING_POLICIES_FORMAT_VERSION;
    }

    /** A design that accepts no findings. */
    public Design(int formatVersion, String name, Partition partition, String region, String organizationId,
                  BucketOwner bucketOwner, Bucket bucket, List<Writer> writers, Options options,
                  ExistingPolicies existing) {
        this(formatVersion, name, partition, region, organizationId, bucketOwner, bucket, writers, options,
                existing, List.of());
    }

    /** A design without existing policies. */
    public Design(int formatVersion, String name, Partition partition, String region, String organizationId,
                  BucketOwner bucketOwner, Bucket bucket, List<Writer> writers, Options options) {
        this(formatVersion, name, partition, region, organizationId, bucketOwner, bucket, writers, options,
                ExistingPolicies.none());
    }


    /** The organization ID, or empty when the design names none. */
    public Optional<String> organization() {
        return organizationId.isEmpty() ? Optional.empty() : Optional.of(organizationId);
    }

    /** True when the organization guards are emitted: an organization is named and the guard is on. */
    public boolean orgGuarded() {
        return options.orgGuard() && !organizationId.isEmpty();
    }

    public Design withName(String value) {
        return new Design(formatVersion, value, partition, region, organizationId, bucketOwner, bucket, writers, options, existing, acceptedFindings);
    }

    public Design withPartition(Partition value) {
        return new Design(formatVersion, name, value, region, organizationId, bucketOwner, bucket, writers, options, existing, acceptedFindings);
    }

    public Design withRegion(String value) {
        return new Design(formatVersion, name, partition, value, organizationId, bucketOwner, bucket, writers, options, existing, acceptedFindings);
    }

    public Design withOrganizationId(String value) {
        return new Design(formatVersion, name, partition, region, value, bucketOwner, bucket, writers, options, existing, acceptedFindings);
    }

    public Design withBucketOwner(BucketOwner value) {
        return new Design(formatVersion, name, partition, region, organizationId, value, bucket, writers, options, existing, acceptedFindings);
    }

    public Design withBucket(Bucket value) {
        return new Design(formatVersion, name, partition, region, organizationId, bucketOwner, value, writers, options, existing, acceptedFindings);
    }

    public Design withWriters(List<Writer> value) {
        return new Design(formatVersion, name, partition, region, organizationId, bucketOwner, bucket, value, options, existing, acceptedFindings);
    }

    public Design withOptions(Options value) {
        return new Design(formatVersion, name, partition, region, organizationId, bucketOwner, bucket, writers, value, existing, acceptedFindings);
    }

    public Design withExisting(ExistingPolicies value) {
        return new Design(formatVersion, name, partition, region, organizationId, bucketOwner, bucket, writers, options, value, acceptedFindings);
    }

    public Design withAcceptedFindings(List<AcceptedFinding> value) {
        return new Design(formatVersion, name, partition, region, organizationId, bucketOwner, bucket, writers, options, existing, value);
    }
}
