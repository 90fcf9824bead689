package dev.s3grant.existing.adopt;

/** A force-new value of an existing resource that the adopted files keep instead of the generated one. */
public record KeptValue(String address, String attribute, String value, String generated) {
}
