import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar, raising its class files older than Java 6 (version 50) to Java 8's format (52) with
 * stack maps, so that a start-up cache can hold them (decision 0050). The packaged build runs it as
 * a single-file source program with the JDK that builds the image (Java 24 or later, for the class
 * file API):
 *
 * <pre>java src/dist/RaiseOldClassFiles.java IN.jar OUT.jar</pre>
 *
 * A Java 25 AOT cache leaves out a class file older than version 50 once it has been linked, and an
 * AppCDS archive never takes one: such classes are checked by the old verifier, which the cache
 * cannot record. picocli is compiled for Java 5; its bytecode uses nothing a newer version forbids
 * (no {@code jsr}/{@code ret}). Each rewritten class must pass the class file API's verifier (the
 * checks of the runtime's verifier for version 50 and later), else it is copied as it was and the
 * build says so. Entries keep their order, names and times; nothing else changes.
 */
public final class RaiseOldClassFiles {

    static final int OLDEST_CACHEABLE = 50;
    static final int RAISED_TO = ClassFile.JAVA_8_VERSION;

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int raised = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {in.toUri().toURL()}, null);
                ZipFile jar = new ZipFile(in.toFile());
                ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry : Collections.list(jar.entries())) {
                byte[] bytes;
                try (var stream = jar.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    byte[] newer = raise(classFile, entry.getName(), bytes);
                    raised += newer == bytes ? 0 : 1;
                    bytes = newer;
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                copy.putNextEntry(copied);
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        System.out.println("[dist] " + raised + " class files older than Java 6 raised to version " + RAISED_TO + " in " + out.getFileName());
    }

    /** The class in version 52 with stack maps when it is older than 50 and the result verifies; else {@code bytes}. */
    static byte[] raise(ClassFile classFile, String name, byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        if (model.majorVersion() >= OLDEST_CACHEABLE) {
            return bytes;
        }
        try {
            // Every method body is built again, so that the stack maps the new version needs are generated.
            byte[] raised = classFile.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                    .andThen((builder, element) -> {
                        if (element instanceof ClassFileVersion) {
                            builder.withVersion(RAISED_TO, 0);
                        } else {
                            builder.with(element);
                        }
                    }));
            var errors = classFile.verify(raised);
            if (errors.isEmpty()) {
                return raised;
            }
            System.out.println("[dist] kept " + name + " as it was: " + errors.get(0).getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.out.println("[dist] kept " + name + " as it was: " + e.getMessage());
        }
        return bytes;
    }
}
