package dev.s3grant.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.s3grant.policy.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last export wrote into a folder: {@value #FILE_NAME}, written by every export beside the
 * files, names the design and each file with the SHA-256 of the content written (decision 0014).
 * The next export into the folder uses it to recognise its own earlier files: a listed file that
 * the design no longer produces is stale; it may be removed only while its content is still
 * exactly what was written.
 */
public record ExportManifest(String design, Map<String, String> sha256ByPath) {

    public static final String FILE_NAME = ".s3grant-export.json";
    static final int FORMAT_VERSION = 1;

    /** Jackson's streaming core: reading and writing the manifest starts no object mapper, which is slow to start. */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    public ExportManifest {
        sha256ByPath = Map.copyOf(sha256ByPath);
    }

    /** The manifest of these files, by path relative to the folder, with their content. */
    static ExportManifest of(String design, Map<String, String> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, content) -> hashes.put(path, sha256(content.getBytes(StandardCharsets.UTF_8))));
        return new ExportManifest(design, hashes);
    }

    /**
     * The manifest in {@code folder}. Empty when there is none, or when it cannot be read or is not
     * one this version writes: then no file counts as written by an earlier export, so none is
     * ever removed on its strength.
     */
    static Optional<ExportManifest> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (!SafeFiles.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The manifest a text holds: its format version must be this one's and its files an object of texts. */
    private static Optional<ExportManifest> parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            boolean version = false;
            String design = "";
            Map<String, String> hashes = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "formatVersion" -> version = value == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == FORMAT_VERSION;
                    case "design" -> design = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : "";
                    case "files" -> hashes = value == JsonToken.START_OBJECT ? files(p) : null;
                    default -> { }
                }
                if (!(name.equals("files") && value == JsonToken.START_OBJECT)) {
                    p.skipChildren();
                }
            }
            return version && hashes != null ? Optional.of(new ExportManifest(design, hashes)) : Optional.empty();
        }
    }

    /** The files of the manifest's {@code files} object, its parser on the object's start: each text whose path stays inside. */
    private static Map<String, String> files(JsonParser p) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String path = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING && isInside(path)) {
                hashes.put(path, p.getText());
            }
            p.skipChildren();
        }
        return hashes;
    }

    /** The manifest's text: canonical JSON, files sorted by path. */
    String text() {
        return PrettyJson.write(g -> {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("writtenBy", "S3 Grant Designer");
            g.writeStringField("about", "The files the last export wrote into this folder, with the SHA-256 of what was written. The next "
                    + "export finds those the design no longer produces; it may remove them only while they are unchanged (keeping <name>.bak).");
            g.writeStringField("design", design);
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, String> file : new TreeMap<>(sha256ByPath).entrySet()) {
                g.writeStringField(file.getKey(), file.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** True when the file at {@code path} in {@code folder} is a regular file whose content is exactly what was written. */
    boolean unchangedSinceWritten(Path folder, String path) throws IOException {
        Path file = folder.resolve(path);
        return SafeFiles.isRegularFile(file) && sha256(Files.readAllBytes(file)).equals(sha256ByPath.get(path));
    }

    /**
     * A relative path of {@code /}-separated names that stays inside the folder: no absolute path,
     * no {@code .} or {@code ..}, no backslash or drive letter. Anything else in a manifest is ignored.
     */
    static boolean isInside(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":") || path.equals(FILE_NAME)) {
            return false;
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
