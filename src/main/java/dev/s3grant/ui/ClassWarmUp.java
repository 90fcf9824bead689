package dev.s3grant.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the classes the window needs on its way to the first frame on a second thread, while the
 * JavaFX toolkit starts, so that the JavaFX thread finds them loaded. The list is
 * {@code startup-classes.txt} beside this class: the classes a start of the window loads from the
 * jar, in the order it loads them (how to make it again: docs/performance.md). Classes are loaded,
 * not initialized, so nothing runs before its time; a name that no longer exists is skipped.
 * {@code -Ds3grant.warmUp=false} turns it off.
 */
final class ClassWarmUp {

    static final String LIST = "startup-classes.txt";

    private ClassWarmUp() {
    }

    static void startUnlessTurnedOff() {
        if (Boolean.parseBoolean(System.getProperty("s3grant.warmUp", "true"))) {
            Thread thread = new Thread(ClassWarmUp::loadAll, "s3grant-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private static void loadAll() {
        ClassLoader loader = ClassWarmUp.class.getClassLoader();
        for (String name : names()) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Not in this build: the JavaFX thread will do without.
            }
        }
    }

    /** The class names of the list, in order. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassWarmUp.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
