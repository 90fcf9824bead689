package dev.s3grant.model;

import java.util.List;
import java.util.Objects;

/** The services trusted to assume a writer role. {@code services} is used in SERVICES mode only. */
public record Principals(PrincipalMode mode, List<String> services) {
    public Principals {
        Objects.requireNonNull(mode, "mode");
        services = List.copyOf(services);
    }

    public static Principals ecsOnly() {
        return new Principals(DesignDefaults.PRINCIPAL_MODE, List.of());
    }

    /** The service principals this setting trusts, as written by the user (SERVICES) or ECS tasks. */
    public List<String> effectiveServices() {
        return mode == PrincipalMode.ECS_ONLY ? List.of(ServiceCatalog.ECS_TASKS) : services;
    }

    /**
     * The principals the trust policy names: the effective services in the form IAM accepts
     * ({@code .amazonaws.com}, also for a China-suffixed entry), without repeats, sorted.
     */
    public List<String> trustedServices() {
        return effectiveServices().stream().map(ServiceCatalog::canonical).distinct().sorted().toList();
    }
}
