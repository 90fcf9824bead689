package dev.s3grant.analysis;

import java.util.Objects;

/**
 * Where a finding is: a design field, an element of a generated file, a row of the access check,
 * or a whole generated file. {@link #text()} (and {@code toString()}) is the one text form that the
 * CLI prints, the JSON output carries and the findings table shows:
 * {@code writers[0].accountId}, {@code bucket-policy.json#AllowPutFromA}, {@code access-matrix#3},
 * {@code bucket-policy.json}.
 */
public sealed interface Location {

    /** The text form of the location; stable, it is part of the CLI's output. */
    String text();

    /**
     * The switch over the four kinds of location: calls the one case that fits. Java 17 has
     * pattern {@code switch} only as a preview, so the cases are an interface: a fifth kind of
     * location fails to compile wherever locations are told apart.
     */
    <T> T match(Cases<T> cases);

    /** One case per kind of location. */
    interface Cases<T> {
        T field(FieldLocation field);

        T fileElement(FileElementLocation element);

        T file(FileLocation file);

        T accessRow(AccessRowLocation row);
    }

    /** A design field by its path in the design file: {@code bucket.name}, {@code writers[0].accountId}. */
    record FieldLocation(String path) implements Location {

        public FieldLocation {
            requireText(path, "path");
        }

        @Override
        public <T> T match(Cases<T> cases) {
            return cases.field(this);
        }

        @Override
        public String text() {
            return path;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A statement or resource of a generated file: {@code bucket-policy.json#AllowPutFromA}. */
    record FileElementLocation(String file, String element) implements Location {

        public FileElementLocation {
            requireText(file, "file");
            requireText(element, "element");
        }

        @Override
        public <T> T match(Cases<T> cases) {
            return cases.fileElement(this);
        }

        @Override
        public String text() {
            return file + "#" + element;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A row of the access check, numbered from 1 as the check shows it: {@code access-matrix#3}. */
    record AccessRowLocation(int number) implements Location {

        /** The prefix of the text form. */
        public static final String PREFIX = "access-matrix#";

        public AccessRowLocation {
            if (number < 1) {
                throw new IllegalArgumentException("access-check rows are numbered from 1: " + number);
            }
        }

        @Override
        public <T> T match(Cases<T> cases) {
            return cases.accessRow(this);
        }

        @Override
        public String text() {
            return PREFIX + number;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A whole generated file: {@code bucket-policy.json}. */
    record FileLocation(String file) implements Location {

        public FileLocation {
            requireText(file, "file");
        }

        @Override
        public <T> T match(Cases<T> cases) {
            return cases.file(this);
        }

        @Override
        public String text() {
            return file;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
    }
}
