package dev.s3grant.policy;

/** The two documents of one writer role: who may assume it, and what it may do. */
public record WriterPolicies(String alias, PolicyFile trustPolicy, PolicyFile rolePolicy) {
}
