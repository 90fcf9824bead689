package dev.s3grant.model;

/** Which services may assume a writer role: ECS tasks only, or an explicit list. */
public enum PrincipalMode {
    ECS_ONLY,
    SERVICES
}
