package dev.s3grant.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.s3grant.cli.S3GrantCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user gets it: the image that {@code mvn -B -Pdist package} built in
 * target/dist, run from its folder with its own runtime. Tagged {@code dist}: {@code mvn -B -Pdist
 * verify} runs it after the image is built, the default build never.
 */
@Tag("dist")
class PackagedApplicationTest {

    static final Path DIST = Path.of("target", "dist");
    static final Path EXAMPLE = Path.of("src/main/resources/dev/s3grant/io/example-design.json").toAbsolutePath();
    static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    static final boolean MAC = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac");

    static Path image;

    @TempDir
    Path temp;

    record Run(int exit, String output) {
    }

    @BeforeAll
    static void findImage() throws IOException {
        Path images = DIST.resolve("image");
        assumeTrue(Files.isDirectory(images), "no packaged image: build it with mvn -B -Pdist package");
        try (Stream<Path> built = Files.list(images)) {
            image = built.findFirst().orElseThrow().toAbsolutePath();
        }
    }

    static Path launcher(String name) {
        return WINDOWS ? image.resolve(name + ".exe") : MAC ? image.resolve("Contents/MacOS/" + name) : image.resolve("bin/" + name);
    }

    static Path appFolder() {
        return image.resolve(WINDOWS ? "app" : MAC ? "Contents/app" : "lib/app");
    }

    static Run run(Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineLauncherPrintsTheVersionOfThePackage() throws Exception {
        Run version = run(Map.of(), List.of(launcher("s3grant").toString(), "--version"));

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("s3grant ");
    }

    @Test
    void theLaunchersUseTheStartUpCacheOfTheTrainingRun() throws Exception {
        boolean aot = Files.exists(appFolder().resolve("s3grant.aot"));
        assertThat(aot || Files.exists(appFolder().resolve("s3grant.jsa"))).as("a start-up cache in the image").isTrue();
        // With the cache required, the runtime refuses to start when it cannot map it.
        String required = aot ? "-XX:AOTMode=on" : "-Xshare:on";

        Run version = run(Map.of("JAVA_TOOL_OPTIONS", required), List.of(launcher("s3grant").toString(), "--version"));

        assertThat(version.exit()).as(version.output()).isZero();
    }

    @Test
    void theLinuxRuntimeRunsTheCompilersBelowTheWindowWithoutAWarning() throws Exception {
        assumeTrue(!WINDOWS && !MAC, "decision 0059: Linux only");
        Path java = image.resolve("lib/runtime/bin/java");

        Run flags = run(Map.of(), List.of(java.toString(), "-XX:+PrintFlagsFinal", "-version"));

        assertThat(flags.exit()).as(flags.output()).isZero();
        assertThat(flags.output()).doesNotContain("may require");
        List<String> set = flags.output().lines()
                .filter(l -> l.contains("{jimage}"))
                .map(l -> l.trim().replaceAll("\\s+", " ").replaceAll(" \\{.*", ""))
                .sorted().toList();
        assertThat(set).containsExactly("int CompilerThreadPriority = 10",
                "int JavaPriority10_To_OSPriority = 0", "int JavaPriority6_To_OSPriority = 0",
                "int JavaPriority7_To_OSPriority = 0", "int JavaPriority8_To_OSPriority = 0",
                "int JavaPriority9_To_OSPriority = 0", "int ThreadPriorityPolicy = 1");
    }

    @Test
    void eachOfTheDesignersStylesheetsIsAlsoInTheJarInBinaryFormWithTheSameRules() throws Exception {
        List<String> css = new ArrayList<>();
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(appFolder().resolve("s3grant.jar"));
             Stream<Path> all = Files.walk(jar.getPath("/dev/s3grant"))) {
            for (Path sheet : all.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                css.add(sheet.toString());
                String name = sheet.getFileName().toString();
                Path bss = sheet.resolveSibling(name.replace(".css", ".bss"));
                assertThat(bss).as("beside " + sheet).exists();
                Path text = Files.copy(sheet, temp.resolve(name));
                Path binary = Files.copy(bss, temp.resolve(name.replace(".css", ".bss")));
                javafx.css.Stylesheet parsed = new javafx.css.CssParser().parse(text.toUri().toURL());
                javafx.css.Stylesheet read = javafx.css.Stylesheet.loadBinary(binary.toUri().toURL());
                assertThat(rules(read)).as(sheet.toString()).isEqualTo(rules(parsed)).isNotEmpty();
            }
        }
        assertThat(css).contains("/dev/s3grant/ui/designer.css", "/dev/s3grant/ui/theme/palette-light.css",
                "/dev/s3grant/ui/theme/palette-dark.css");
    }

    /** Each rule as its selectors and declarations (a rule read in binary form reads its declarations when asked). */
    private static List<String> rules(javafx.css.Stylesheet sheet) {
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations()).toList();
    }

    @Test
    void theCommandLineLauncherHasACacheOfItsOwnWithoutTheWindowsClasses() throws Exception {
        String suffix = Files.exists(appFolder().resolve("s3grant.aot")) ? ".aot" : ".jsa";
        assertThat(appFolder().resolve("s3grant-cli" + suffix)).as("the CLI's start-up cache").exists();
        assertThat(Files.readString(appFolder().resolve("s3grant.cfg"))).contains("$APPDIR/s3grant-cli" + suffix);
        if (!WINDOWS && !MAC) {
            assertThat(Files.readString(launcher("s3grant"))).contains("$app/lib/app/s3grant-cli" + suffix + "\"");
        }
        Path loaded = temp.resolve("classes.txt");

        Run generate = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + loaded),
                List.of(launcher("s3grant").toString(), "generate", EXAMPLE.toString(), "--out", temp.resolve("out").toString()));

        assertThat(generate.exit()).as(generate.output()).isZero();
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes).anyMatch(l -> l.contains("dev.s3grant.cli.GenerateCommand"))
                .noneMatch(l -> l.contains(" javafx.")).noneMatch(l -> l.contains(" dev.s3grant.ui."));
        // no annotation read at run time: its proxy class would be generated at every start (decision 0056)
        assertThat(classes).noneMatch(l -> l.endsWith("source: __dynamic_proxy__"));
    }

    /**
     * A packaged {@code generate} into a folder it wrote before (the manifest read, the files compared) takes every
     * class from its cache and generates none at run time (method handle, lambda and proxy classes, which no start-up
     * cache holds), and starts none of what it does without (decision 0057): a Formatter, a search of the jar
     * (picocli's for Groovy).
     */
    @Test
    void aPackagedGenerateGeneratesNoClassAndStartsNothingItDoesWithout() throws Exception {
        assumeTrue(Files.exists(appFolder().resolve("s3grant-cli.aot")), "a Java 25 AOT cache");
        Path loaded = temp.resolve("classes.txt");
        Path initialised = temp.resolve("initialised.txt");
        List<String> generate = List.of(launcher("s3grant").toString(), "generate", EXAMPLE.toString(), "--out", temp.resolve("out").toString());
        Run first = run(Map.of(), generate);

        Run again = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + loaded + " -Xlog:class+init=info:file=" + initialised), generate);

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains("0 created, 0 overwritten, ");
        List<String> classes = Files.readAllLines(loaded).stream().filter(l -> l.contains(" source: ")).toList();
        assertThat(classes).anyMatch(l -> l.contains("dev.s3grant.cli.GenerateCommand"));
        assertThat(classes).as("classes not taken from the cache")
                .filteredOn(l -> !l.endsWith("source: shared objects file") && !l.contains("source: jrt:/")).isEmpty();
        List<String> avoided = List.of("'java/util/Formatter'",
                "'jdk/internal/loader/URLClassPath$JarLoader'");
        assertThat(Files.readAllLines(initialised)).anyMatch(l -> l.contains("'dev/s3grant/io/FolderExporter'"))
                .as("classes initialised that generate does without").filteredOn(l -> avoided.stream().anyMatch(l::contains)).isEmpty();
    }

    /**
     * jpackage's Linux launchers ask rpm and dpkg at every start whether they belong to a package;
     * the image's launchers are shell scripts that start the runtime's java and nothing else
     * (decision 0050). Traced with strace, where it is installed.
     */
    @Test
    void theLinuxLaunchersStartNoProgramButTheRuntimesJava() throws Exception {
        assumeTrue(!WINDOWS && !MAC && onPath("strace"), "Linux with strace");
        Path trace = temp.resolve("execve.txt");

        Run version = run(Map.of(), List.of("strace", "-f", "-qq", "-e", "trace=execve", "-o", trace.toString(),
                launcher("s3grant").toString(), "--version"));

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).contains("s3grant ");
        List<String> started = Files.readAllLines(trace).stream().filter(l -> l.contains("execve(\"") && l.endsWith("= 0"))
                .map(l -> l.substring(l.indexOf("execve(\"") + 8, l.indexOf('"', l.indexOf("execve(\"") + 8))).toList();
        assertThat(started).containsExactly(launcher("s3grant").toString(), image.resolve("lib/runtime/bin/java").toString());
    }

    /**
     * Started through a symbolic link in another folder (as from a folder on the PATH), with
     * arguments holding spaces and quotes: the launcher finds its image, the runtime maps the cache
     * (required here), the arguments arrive unchanged and the exit code is the command's.
     */
    @Test
    void theLinuxLaunchersWorkThroughALinkAndKeepArgumentsAndExitCode() throws Exception {
        assumeTrue(!WINDOWS && !MAC, "Linux");
        Path link = Files.createSymbolicLink(Files.createDirectories(temp.resolve("on path")).resolve("s3grant"), launcher("s3grant"));
        String required = Files.exists(appFolder().resolve("s3grant.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
        String missing = temp.resolve("a \"design\" it's $HOME.json").toString();

        Run version = run(Map.of("JAVA_TOOL_OPTIONS", required), List.of(link.toString(), "--version"));
        Run unusable = run(Map.of(), List.of(link.toString(), "validate", missing));

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(unusable.exit()).as(unusable.output()).isEqualTo(2);
        assertThat(unusable.output()).contains(missing);
    }

    /**
     * picocli's class files are Java 5's, which a start-up cache leaves out; the build raises them
     * to Java 8's format, so the CLI loads them from its cache (decision 0050).
     */
    @Test
    void theCommandLineLauncherLoadsPicocliFromItsCache() throws Exception {
        assumeTrue(Files.exists(appFolder().resolve("s3grant-cli.aot")), "a Java 25 AOT cache");
        Path loaded = temp.resolve("classes.txt");

        Run version = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + loaded), List.of(launcher("s3grant").toString(), "--version"));

        assertThat(version.exit()).as(version.output()).isZero();
        List<String> picocli = Files.readAllLines(loaded).stream().filter(l -> l.contains("] picocli.")).toList();
        assertThat(picocli).isNotEmpty().allMatch(l -> l.endsWith("source: shared objects file"));
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    @Test
    void theCommandLineLauncherGeneratesTheSameFilesAsTheJarsCode() throws Exception {
        Path packaged = temp.resolve("packaged");
        Path inProcess = temp.resolve("in-process");

        Run generate = run(Map.of(), List.of(launcher("s3grant").toString(), "generate", EXAMPLE.toString(), "--out", packaged.toString()));
        int expectedExit = S3GrantCommand.commandLine().execute("generate", EXAMPLE.toString(), "--out", inProcess.toString());

        assertThat(generate.exit()).as(generate.output()).isEqualTo(expectedExit).isZero();
        assertThat(contents(packaged)).isNotEmpty().isEqualTo(contents(inProcess));
    }

    @Test
    void theWindowLauncherOpensADesignFileUntilItsFirstFrameWithThePreview() throws Exception {
        Run window = runWindow("");

        assertThat(window.exit()).as(window.output()).isZero();
        assertThat(window.output()).containsPattern("startup: first frame \\d+ ms, first frame with the preview \\d+ ms");
    }

    /**
     * The window's outline shows the preview's code before any control exists, and the window sets the controls'
     * theme before it makes the first (decision 0061): a control class initialised before the theme loads JavaFX's
     * own (Modena), which the window would then only replace.
     */
    @Test
    void theWindowSetsItsThemeBeforeAnyControlClassIsInitialised() throws Exception {
        Path initialised = temp.resolve("initialised.txt");

        Run window = runWindow("-Xlog:class+init=info:file=" + initialised);

        assertThat(window.exit()).as(window.output()).isZero();
        List<String> lines = Files.readAllLines(initialised);
        int theme = indexOf(lines, "Initializing 'dev/s3grant/ui/theme/WindowThemes'");
        int control = indexOf(lines, "Initializing 'javafx/scene/control/Control'");
        int outline = indexOf(lines, "Initializing 'dev/s3grant/ui/WindowSkeleton'");
        assertThat(outline).as("the outline").isNotNegative();
        assertThat(theme).as("the theme").isGreaterThan(outline);
        assertThat(control).as("the first control class, after the theme").isGreaterThan(theme);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The window launcher opening the example until its first frame with the preview, with {@code jvmOptions}. */
    private Run runWindow(String jvmOptions) throws Exception {
        boolean display = WINDOWS || MAC || System.getenv("DISPLAY") != null;
        boolean xvfb = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "xvfb-run")));
        assumeTrue(display || xvfb, "no display and no xvfb-run");
        List<String> command = new ArrayList<>();
        if (!display) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.addAll(List.of(launcher("s3grant-designer").toString(), EXAMPLE.toString()));
        String options = "-Ds3grant.startupTrace=exit -Ds3grant.dataDir=" + temp.resolve("data")
                + " -Djava.util.prefs.userRoot=" + temp.resolve("prefs") + " " + jvmOptions;
        return run(Map.of("JAVA_TOOL_OPTIONS", options.trim()), command);
    }

    @Test
    void theDebianPackageInstallsTheLaunchersAndOpensDesignFilesFromTheMenu() throws Exception {
        Path deb;
        try (Stream<Path> built = Files.list(DIST)) {
            deb = built.filter(p -> p.toString().endsWith(".deb")).findFirst().orElse(null);
        }
        assumeTrue(deb != null, "no .deb (built where dpkg-deb and fakeroot exist)");
        Path root = temp.resolve("root");

        // Unpacks the package's files as dpkg -i would install them, without changing this machine.
        Run unpack = run(Map.of(), List.of("dpkg-deb", "-x", deb.toString(), root.toString()));
        assertThat(unpack.exit()).as(unpack.output()).isZero();
        Path installed = root.resolve("opt/s3grant-designer");
        Run version = run(Map.of(), List.of(installed.resolve("bin/s3grant").toString(), "--version"));
        String entry = Files.readString(installed.resolve("lib/s3grant-designer-s3grant-designer.desktop"));

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(entry).contains("Exec=/opt/s3grant-designer/bin/s3grant-designer %f",
                "MimeType=application/vnd.s3grant.design+json;");
        assertThat(Files.readString(installed.resolve("lib/s3grant-designer-s3grant-designer-MimeInfo.xml"))).contains("*.s3grant");
        try (Stream<Path> files = Files.list(installed.resolve("lib"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no menu entry for the CLI")
                    .doesNotContain("s3grant-designer-s3grant.desktop");
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
