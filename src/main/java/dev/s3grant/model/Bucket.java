package dev.s3grant.model;

import java.util.List;
import java.util.Objects;

/** The bucket the writers put objects into, and the settings the owner applies to it. */
public record Bucket(
        String name,
        boolean manage,
        List<String> keyPrefixes,
        ObjectOwnership objectOwnership,
        boolean blockPublicAccess,
        boolean denyInsecureTransport,
        Encryption encryption) {

    public Bucket {
        Objects.requireNonNull(name, "name");
        keyPrefixes = List.copyOf(keyPrefixes);
        Objects.requireNonNull(objectOwnership, "objectOwnership");
        Objects.requireNonNull(encryption, "encryption");
    }

    public Bucket withName(String value) {
        return new Bucket(value, manage, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption);
    }

    public Bucket withManage(boolean value) {
        return new Bucket(name, value, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption);
    }

    public Bucket withKeyPrefixes(List<String> value) {
        return new Bucket(name, manage, value, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption);
    }

    public Bucket withObjectOwnership(ObjectOwnership value) {
        return new Bucket(name, manage, keyPrefixes, value, blockPublicAccess, denyInsecureTransport, encryption);
    }

    public Bucket withBlockPublicAccess(boolean value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, value, denyInsecureTransport, encryption);
    }

    public Bucket withDenyInsecureTransport(boolean value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, blockPublicAccess, value, encryption);
    }

    public Bucket withEncryption(Encryption value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, value);
    }
}
