package dev.s3grant.io;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads and saves design files, turning every file-system and format problem into an {@link InputException}. */
public final class DesignFiles {

    /** Design files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String EXAMPLE = "/dev/s3grant/io/example-design.json";

    private DesignFiles() {
    }

    public static Design load(Path path) throws InputException {
        String text = readText(path, MAX_BYTES);
        if (text.isBlank()) {
            throw new InputException(InputProblem.ofFile(path.toString(), Message.of("design.load.empty", path.toString())));
        }
        return DesignReader.read(text, path.toString());
    }

    /** Writes the design atomically: a temporary file in the same folder, then a move into place. */
    public static void save(Design design, Path path) throws InputException {
        SafeFiles.writeAtomically(path, DesignWriter.write(design));
    }

    /** The built-in example: the ECS-only grant of the original conversation, with the organization guard on. */
    public static Design example() {
        try (InputStream in = DesignFiles.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in example is missing from the jar");
            }
            return DesignReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "example-design.json");
        } catch (IOException | InputException e) {
            throw new IllegalStateException("the built-in example cannot be read", e);
        }
    }

    /**
     * Reads a UTF-8 text file of at most {@code maxBytes}, refusing folders, missing and unreadable
     * files, binary content and other encodings with a message that names the file.
     */
    public static String readText(Path path, long maxBytes) throws InputException {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.isDirectory", file)));
        }
        byte[] bytes;
        try {
            if (Files.size(path) > maxBytes) {
                throw new InputException(InputProblem.ofFile(file, Message.of("file.tooLarge", file, maxBytes / (1024 * 1024))));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.notFound", file)));
        } catch (AccessDeniedException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.unreadable", file)));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.ioError", file, String.valueOf(e.getMessage()))));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(InputProblem.ofFile(file, Message.of("file.binary", file)));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(InputProblem.ofFile(file, Message.of("file.notUtf8", file)));
        }
    }
}
