import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Adds to a jar, beside each of the designer's own stylesheets ({@code dev/s3grant/**.css}), the same
 * stylesheet in JavaFX's binary form ({@code .bss}), which JavaFX reads in place of a {@code .css} it
 * finds one beside (decision 0059): the window's first frame with the preview then reads its
 * stylesheets instead of parsing them. The packaged build runs it as a single-file source program,
 * with the jar itself (which holds JavaFX) on the class path:
 *
 * <pre>java -cp JAR src/dist/BinaryStylesheets.java JAR</pre>
 *
 * Nothing else in the jar changes; a stylesheet JavaFX cannot convert, or one that names an address,
 * stops the build.
 */
public final class BinaryStylesheets {

    static final String OWN = "/dev/s3grant/";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("s3grant-bss");
        int converted = 0;
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> sheets;
            try (Stream<Path> all = Files.walk(zip.getPath(OWN))) {
                sheets = all.filter(p -> p.toString().endsWith(".css")).sorted().toList();
            }
            for (Path css : sheets) {
                if (Files.readString(css).contains("url(")) {
                    // converted from a copy, a relative address would point beside the copy
                    throw new IllegalStateException(css + " names an address (url(...)); convert it where it lies");
                }
                Path source = work.resolve("in.css");
                Path binary = work.resolve("out.bss");
                Files.copy(css, source, StandardCopyOption.REPLACE_EXISTING);
                Stylesheet.convertToBinary(source.toFile(), binary.toFile());
                String name = css.getFileName().toString();
                Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
                Files.copy(binary, bss, StandardCopyOption.REPLACE_EXISTING);
                converted++;
            }
        } finally {
            try (Stream<Path> left = Files.walk(work)) {
                for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        System.out.println("[dist] " + converted + " stylesheets of the designer's also in binary form in " + jar.getFileName());
    }
}
