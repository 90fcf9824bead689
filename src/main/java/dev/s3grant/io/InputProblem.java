package dev.s3grant.io;

import dev.s3grant.model.Message;

/**
 * Why an input could not be used: the file, the position (line and column from 1, or 0 when the
 * problem has none), the field path when there is one, and a message in the user's language.
 */
public record InputProblem(String file, int line, int column, String path, Message message) {

    public static InputProblem ofFile(String file, Message message) {
        return new InputProblem(file, 0, 0, "", message);
    }

    public boolean hasPosition() {
        return line > 0;
    }
}
