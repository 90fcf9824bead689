package dev.s3grant.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Turns an argument into a {@link Path}, as picocli's built-in converter does, without reflection: picocli
 * calls {@code Paths.get} through {@code Method.invoke}, and a reflective call makes the runtime generate
 * method handle classes that no start-up cache holds, at every start (decision 0057). The message for a
 * path the platform refuses is picocli's.
 */
final class PathConverter implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("cannot convert '" + value + "' to " + Path.class + " (" + e + ")");
        }
    }
}
