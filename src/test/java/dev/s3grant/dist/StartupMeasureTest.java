package dev.s3grant.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up rows of docs/performance.md (issue 19), each a ratio to a floor measured in the same
 * run: the floor and the product start alternately, {@code s3grant.startup.runs} times each (9 by
 * default), and the medians and their ratio go to {@code target/startup.json} and one line each on
 * standard output. Like the keystroke measure it asserts no timing (decision 0024): it fails only
 * when a measure could not run.
 *
 * <p>Tagged {@code startup}: {@code mvn -B -Pdist,bench verify} builds the image, then runs it.
 */
@Tag("startup")
class StartupMeasureTest {

    static final Pattern TRACE = Pattern.compile("first frame (\\d+) ms, first frame with the preview (\\d+) ms");
    /**
     * Runs of each, floor and product: 9 since the floors of one machine were seen to move by 5 % from one run of
     * five to the next, as much as the margin of a row (decision 0060).
     */
    static final int RUNS = Integer.getInteger("s3grant.startup.runs", 9);

    @TempDir
    Path temp;

    record Row(String figure, String floor, double target, long floorMs, long productMs) {
        double ratio() {
            return (double) productMs / floorMs;
        }

        String json() {
            return String.format(Locale.ROOT, "{\"figure\": \"%s\", \"floor\": \"%s\", \"floorMedianMs\": %d, "
                    + "\"productMedianMs\": %d, \"ratio\": %.2f, \"target\": %.1f, \"meetsTarget\": %b}",
                    figure, floor, floorMs, productMs, ratio(), target, ratio() <= target);
        }
    }

    @Test
    void startUpAgainstItsFloors() throws Exception {
        PackagedApplicationTest.findImage();
        assumeTrue(PackagedApplicationTest.image != null, "no packaged image: mvn -B -Pdist,bench verify");
        Path app = PackagedApplicationTest.appFolder();
        Path runtimeJava = PackagedApplicationTest.image.resolve(PackagedApplicationTest.WINDOWS ? "runtime/bin/java.exe"
                : PackagedApplicationTest.MAC ? "Contents/runtime/Contents/Home/bin/java" : "lib/runtime/bin/java");
        boolean aot = Files.exists(app.resolve("s3grant.aot"));
        // A start-up cache takes jars only, no class folders: the floors go into a jar of their own.
        Path floors = floorJar();
        String floorClassPath = floors + File.pathSeparator + app.resolve("s3grant.jar");
        String example = PackagedApplicationTest.EXAMPLE.toString();

        // The floors get a start-up cache of their own, from one training run each, as the product does.
        List<String> floorWindow = floorCommand(runtimeJava, aot, "window", "s3grant-designer.cfg", floorClassPath,
                OneLabelWindow.class.getName());
        List<String> floorHello = floorCommand(runtimeJava, aot, "hello", "s3grant.cfg", floorClassPath, HelloWorld.class.getName());
        List<String> packagedWindow = List.of(PackagedApplicationTest.launcher("s3grant-designer").toString(), example);
        List<String> packagedCli = List.of(PackagedApplicationTest.launcher("s3grant").toString(), "generate", example,
                "--out", temp.resolve("out").toString(), "--force");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "s3grant.jar").toAbsolutePath();
        List<String> jarWindow = List.of(java, "-jar", jar.toString());
        List<String> jarFloor = List.of(java, "-cp", floors + File.pathSeparator + jar,
                OneLabelWindow.class.getName());

        long[][][] packaged = alternate(window(floorWindow), window(packagedWindow));
        long[][][] jarRuns = alternate(window(jarFloor), window(jarWindow));
        long[][][] cliRuns = alternate(wall(floorHello), wall(packagedCli));
        long[][] window = {figure(packaged[0], 0), figure(packaged[1], 0)};
        long[][] windowFilled = {figure(packaged[0], 1), figure(packaged[1], 1)};
        long[][] jarFilled = {figure(jarRuns[0], 1), figure(jarRuns[1], 1)};
        long[][] cli = {figure(cliRuns[0], 0), figure(cliRuns[1], 0)};

        List<Row> rows = List.of(
                new Row("packaged window: first frame", "one-label window, same runtime and options", 1.3, median(window[0]), median(window[1])),
                new Row("packaged window: first frame with the preview", "one-label window, same runtime and options", 1.6,
                        median(windowFilled[0]), median(windowFilled[1])),
                new Row("java -jar target/s3grant.jar: first frame with the preview", "one-label window, java -cp with the same JavaFX", 1.8,
                        median(jarFilled[0]), median(jarFilled[1])),
                new Row("packaged CLI generate of the example", "Java hello world, same runtime and options", 3.0, median(cli[0]), median(cli[1])));
        rows.forEach(r -> System.out.printf(Locale.ROOT, "startup: %s: floor %d ms, product %d ms, ratio %.2f (target <= %.1f)%n",
                r.figure(), r.floorMs(), r.productMs(), r.ratio(), r.target()));
        Files.writeString(Path.of("target", "startup.json"), "{\"runs\": " + RUNS + ", \"rows\": [\n  "
                + String.join(",\n  ", rows.stream().map(Row::json).toList()) + "\n]}\n");
        assertThat(rows).allSatisfy(r -> assertThat(r.floorMs()).isPositive());
    }

    private Path floorJar() throws java.io.IOException {
        Path classes = Path.of("target", "test-classes");
        Path jar = temp.resolve("floors.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(OneLabelWindow.class, OneLabelWindow.App.class, HelloWorld.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        }
        return jar;
    }

    interface Measure {
        long[] once() throws Exception;
    }

    /** Runs floor and product alternately; returns the figures of each run, floor first. */
    private static long[][][] alternate(Measure floor, Measure product) throws Exception {
        long[][][] result = new long[2][RUNS][];
        for (int i = 0; i < RUNS; i++) {
            result[0][i] = floor.once();
            result[1][i] = product.once();
        }
        return result;
    }

    private static long[] figure(long[][] runs, int index) {
        return Stream.of(runs).mapToLong(r -> r[index]).toArray();
    }

    /** The floor {@code main} with the options of the launcher configured in {@code cfg}, and a start-up cache of its own. */
    private List<String> floorCommand(Path java, boolean aot, String name, String cfg, String classPath, String main) throws Exception {
        Path cache = temp.resolve(name + (aot ? ".aot" : ".jsa"));
        List<String> training = new ArrayList<>(List.of(java.toString()));
        training.addAll(launcherOptions(cfg));
        training.addAll(List.of((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache, "-cp", classPath, main));
        Run trained = run(withDisplay(training));
        assertThat(trained.exit()).as(trained.output()).isZero();
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(launcherOptions(cfg));
        command.addAll(List.of((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache, "-cp", classPath, main));
        return command;
    }

    /**
     * A launcher's JVM options but its cache and its own system properties, read from the image's launcher
     * configuration: the window's for the one-label window, the CLI's (its compiler and collector) for the hello world.
     */
    private static List<String> launcherOptions(String cfg) throws java.io.IOException {
        return Files.readAllLines(PackagedApplicationTest.appFolder().resolve(cfg)).stream()
                .filter(l -> l.startsWith("java-options=")).map(l -> l.substring("java-options=".length()))
                .filter(o -> !o.contains("$APPDIR") && !o.startsWith("-Ds3grant.")).toList();
    }

    private Measure window(List<String> command) {
        return () -> {
            Run run = run(withDisplay(command));
            Matcher m = TRACE.matcher(run.output());
            assertThat(m.find()).as("%s printed its start-up trace: %s", command, run.output()).isTrue();
            return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        };
    }

    private Measure wall(List<String> command) {
        return () -> {
            long start = System.nanoTime();
            Run run = run(command);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(run.exit()).as(run.output()).isZero();
            return new long[] {ms};
        };
    }

    record Run(int exit, String output) {
    }

    private Run run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path data = Files.createTempDirectory(temp, "data");
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Ds3grant.startupTrace=exit -Ds3grant.dataDir=" + data
                + " -Djava.util.prefs.userRoot=" + temp.resolve("prefs"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static List<String> withDisplay(List<String> command) {
        boolean display = PackagedApplicationTest.WINDOWS || PackagedApplicationTest.MAC || System.getenv("DISPLAY") != null;
        if (display) {
            return command;
        }
        boolean xvfb = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "xvfb-run")));
        assumeTrue(xvfb, "no display and no xvfb-run");
        List<String> wrapped = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
