package dev.s3grant.model;

import java.util.List;
import java.util.Objects;

/**
 * The bucket the writers put objects into, and the settings the owner applies to it.
 * {@code manageOwnershipControls} matters only for an existing bucket ({@code manage} false): the
 * owner's files then still set its Object Ownership unless it is turned off; a bucket the files
 * create always gets its ownership controls.
 */
public record Bucket(
        String name,
        boolean manage,
        List<String> keyPrefixes,
        ObjectOwnership objectOwnership,
        boolean blockPublicAccess,
        boolean denyInsecureTransport,
        Encryption encryption,
        boolean manageOwnershipControls) {

    public Bucket {
        Objects.requireNonNull(name, "name");
        keyPrefixes = List.copyOf(keyPrefixes);
        Objects.requireNonNull(objectOwnership, "objectOwnership");
        Objects.requireNonNull(encryption, "encryption");
    }

    /** A bucket whose ownership controls the files manage (the default). */
    public Bucket(String name, boolean manage, List<String> keyPrefixes, ObjectOwnership objectOwnership,
                  boolean blockPublicAccess, boolean denyInsecureTransport, Encryption encryption) {
        this(name, manage, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption, true);
    }

    /**
     * True when the owner's files set the bucket's Object Ownership: always for a bucket they create,
     * and for an existing bucket unless {@code manageOwnershipControls} is off. Only then is the
     * bucket's Object Ownership known to be {@link #objectOwnership()}.
     */
    public boolean ownershipControlsSet() {
        return manage || manageOwnershipControls;
    }

    public Bucket withName(String value) {
        return new Bucket(value, manage, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption, manageOwnershipControls);
    }

    public Bucket withManage(boolean value) {
        return new Bucket(name, value, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption, manageOwnershipControls);
    }

    public Bucket withKeyPrefixes(List<String> value) {
        return new Bucket(name, manage, value, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption, manageOwnershipControls);
    }

    public Bucket withObjectOwnership(ObjectOwnership value) {
        return new Bucket(name, manage, keyPrefixes, value, blockPublicAccess, denyInsecureTransport, encryption, manageOwnershipControls);
    }

    public Bucket withBlockPublicAccess(boolean value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, value, denyInsecureTransport, encryption, manageOwnershipControls);
    }

    public Bucket withDenyInsecureTransport(boolean value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, blockPublicAccess, value, encryption, manageOwnershipControls);
    }

    public Bucket withEncryption(Encryption value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, value, manageOwnershipControls);
    }

    public Bucket withManageOwnershipControls(boolean value) {
        return new Bucket(name, manage, keyPrefixes, objectOwnership, blockPublicAccess, denyInsecureTransport, encryption, value);
    }
}
