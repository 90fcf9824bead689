import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the packaged application (docs/packaging.md, decision 0034). The {@code dist} profile runs
 * it as a single-file source program with the Java that runs Maven:
 *
 * <pre>java src/dist/BuildPackage.java key=value...</pre>
 *
 * Keys: {@code jar} (the runnable jar), {@code out} (a folder it empties), {@code version},
 * {@code example} (the design of the training run), {@code jdk} (the JDK whose jlink and jpackage
 * build the image; empty: see {@link #chooseJdk}), {@code icons} (folder of s3grant.png/.ico/.icns),
 * {@code tools} (the folder of this program and of {@code RaiseOldClassFiles.java}).
 *
 * Steps: on a Java 24+ JDK, the jar's class files older than Java 6 raised to Java 8's format, so
 * that the start-up cache can hold them; the designer's stylesheets added in binary form
 * ({@code BinaryStylesheets.java}); jlink a runtime (on Linux with the options of decision 0059);
 * jpackage an application image with two launchers ({@code s3grant-designer} for the window,
 * {@code s3grant} for the CLI) whose JVM options name their start-up cache, on Linux then replaced
 * by shell launchers ({@link ShellLauncher}); a training run with the image's runtime records each
 * cache (Java 25+: AOT cache; earlier: AppCDS archive); then a {@code .tar.gz} of the image, and the
 * system's package where its tools exist
 * ({@code .deb} with dpkg-deb and fakeroot, {@code .dmg} on macOS, {@code .msi} with WiX on Windows).
 */
public final class BuildPackage {

    static final String NAME = "s3grant-designer";
    static final String CLI = "s3grant";
    static final String JAR = "s3grant.jar";
    static final String MAIN = "dev.s3grant.Launcher";
    /** What the fat jar needs (jdeps --print-module-deps), plus Japanese locale data. */
    static final String MODULES = "java.base,java.desktop,java.logging,java.prefs,java.sql,jdk.jfr,jdk.management,"
            + "jdk.unsupported,jdk.localedata";
    static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    static final boolean WINDOWS = OS.startsWith("windows");
    static final boolean MAC = OS.startsWith("mac");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new TreeMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            opts.put(a.substring(0, eq), a.substring(eq + 1));
        }
        Path jar = Path.of(opts.get("jar")).toAbsolutePath();
        Path out = Path.of(opts.get("out")).toAbsolutePath();
        String version = opts.get("version").replace("-SNAPSHOT", "");
        Path example = Path.of(opts.get("example")).toAbsolutePath();
        Path icons = Path.of(opts.get("icons")).toAbsolutePath();
        Path tools = Path.of(opts.get("tools")).toAbsolutePath();
        Path jdk = chooseJdk(opts.getOrDefault("jdk", ""));
        int feature = featureVersion(jdk);
        System.out.println("[dist] JDK " + jdk + " (Java " + feature + ")");

        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input"));
        if (feature >= 24) {
            // Class files older than Java 6 (picocli's) stay out of a start-up cache (decision 0050).
            run(List.of(tool(jdk, "java"), tools.resolve("RaiseOldClassFiles.java").toString(), jar.toString(),
                    input.resolve(JAR).toString()));
        } else {
            Files.copy(jar, input.resolve(JAR));
        }
        run(List.of(tool(jdk, "java"), "-cp", input.resolve(JAR).toString(), tools.resolve("BinaryStylesheets.java").toString(),
                input.resolve(JAR).toString()));

        Path runtime = out.resolve("runtime");
        List<String> jlink = new ArrayList<>(List.of(tool(jdk, "jlink"), "--add-modules", MODULES, "--include-locales=en,ja",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        if (!WINDOWS && !MAC) {
            jlink.add("--add-options=" + String.join(" ", RUNTIME_OPTIONS_LINUX));
        }
        run(jlink);

        // Two caches (decision 0047): the window's, from a run of the CLI and the window, and the CLI's,
        // from a run of the CLI alone. A Java 25 AOT cache loads every class it holds when the runtime
        // starts, so one shared cache made s3grant load the window's 4,000 JavaFX classes too.
        String suffix = feature >= 25 ? ".aot" : ".jsa";
        String cache = "s3grant" + suffix;
        String cliCache = "s3grant-cli" + suffix;
        String options = launcherOptions(feature, cache) + " " + String.join(" ", WINDOW_OPTIONS);
        Path cliLauncher = write(out.resolve("cli-launcher.properties"), Map.of(
                "main-class", MAIN, "java-options", launcherOptions(feature, cliCache) + " " + String.join(" ", CLI_OPTIONS) + " -Ds3grant.launcher=cli", "win-console", "true",
                "linux-shortcut", "false", "win-shortcut", "false", "win-menu", "false"));

        Path images = out.resolve("image");
        List<String> image = new ArrayList<>(common(version, icons));
        image.addAll(List.of("--type", "app-image", "--input", input.toString(), "--main-jar", JAR,
                "--main-class", MAIN, "--runtime-image", runtime.toString(), "--java-options", options,
                "--add-launcher", CLI + "=" + cliLauncher, "--dest", images.toString()));
        run(jpackage(jdk, image));
        Path app = Files.list(images).findFirst().orElseThrow();
        if (!WINDOWS && !MAC) {
            for (String launcher : List.of(NAME, CLI)) {
                ShellLauncher.replace(app, launcher);
            }
            // Only jpackage's own launchers load it.
            Files.delete(app.resolve("lib/libapplauncher.so"));
        }

        train(app, feature, cache, example, out.resolve("training"), true);
        train(app, feature, cliCache, example, out.resolve("training-cli"), false);

        String arch = System.getProperty("os.arch").replace("amd64", "x64");
        String platform = WINDOWS ? "windows" : MAC ? "macos" : "linux";
        Path archive = out.resolve(NAME + "-" + version + "-" + platform + "-" + arch + ".tar.gz");
        run(List.of("tar", "-czf", archive.toString(), "-C", images.toString(), app.getFileName().toString()));

        Optional<List<String>> system = systemPackage();
        if (system.isEmpty()) {
            System.out.println("[dist] no system package on this machine (Linux needs dpkg-deb and fakeroot, Windows WiX)");
        } else {
            Path associations = write(out.resolve("file-associations.properties"), Map.of(
                    "extension", "s3grant", "mime-type", "application/vnd.s3grant.design+json",
                    "description", "S3 Grant Designer design"));
            List<String> pkg = new ArrayList<>(common(version, icons));
            pkg.addAll(List.of("--app-image", app.toString(), "--file-associations", associations.toString(),
                    "--resource-dir", desktopEntry(out.resolve("resources")).toString(), "--dest", out.toString()));
            pkg.addAll(system.get());
            run(jpackage(jdk, pkg));
        }
        try (Stream<Path> built = Files.list(out)) {
            built.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".properties"))
                    .forEach(p -> System.out.println("[dist] built " + p));
        }
        System.out.println("[dist] image " + app);
    }

    /**
     * The JDK named by {@code jdk=} (the {@code dist.jdk} property), else by the environment variable
     * {@code S3GRANT_DIST_JDK}, else the newest JDK with jpackage among the folders beside the Java that
     * runs the build (where Linux distributions and installers put JDKs side by side), which may be
     * that Java itself.
     */
    static Path chooseJdk(String named) throws IOException {
        String env = Optional.ofNullable(System.getenv("S3GRANT_DIST_JDK")).orElse("");
        String chosen = !named.isBlank() ? named : env;
        if (!chosen.isBlank()) {
            return Path.of(chosen);
        }
        Path home = Path.of(System.getProperty("java.home"));
        Path folder = MAC ? home.getParent().getParent().getParent() : home.getParent();
        try (Stream<Path> beside = Files.list(folder)) {
            return Stream.concat(Stream.of(home), beside.map(p -> MAC ? p.resolve("Contents/Home") : p))
                    .filter(p -> Files.exists(p.resolve("bin").resolve(WINDOWS ? "jpackage.exe" : "jpackage")))
                    .filter(p -> Files.exists(p.resolve("release")))
                    .max(Comparator.comparingInt(p -> uncheckedFeatureVersion(p))).orElse(home);
        }
    }

    /**
     * Options of both launchers and the training run: JavaFX on the class path loads its native
     * libraries and uses {@code sun.misc.Unsafe}, which Java 24 and later warn about on every start.
     */
    static List<String> quietOptions(int feature) {
        return feature >= 24 ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /**
     * The CLI's own JVM options (decision 0050): a command runs for a fraction of a second, too short for the
     * optimizing compiler to pay back, and the serial collector starts faster than G1. Measured on the example
     * and on 500 writers, {@code generate} took about a third less time with them.
     */
    static final List<String> CLI_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * The window's own JVM options (decision 0059): G1 starts with a young generation of 5 % of the heap, which
     * the window fills before its first frame with the preview, and the collection then paused the FX thread for
     * 25–30 ms in that frame; with 10 % the first collection comes after it. The idle window's memory stays the same
     * (224 against 226 MB, 25 s after start).
     */
    static final List<String> WINDOW_OPTIONS = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:G1NewSizePercent=10");

    /**
     * Options built into the Linux runtime (decision 0059): the JIT compilers' threads run at nice 10, so that
     * while the window starts they take the cores the FX thread leaves, not its share. {@code ThreadPriorityPolicy=1}
     * is what lets the JVM set a thread's nice value; Java priorities above normal keep nice 0, so that a start as
     * root (which may lower nice values) and a start as a user (which may not) run the same. Built into the runtime
     * rather than named on the command line, the policy does not print its "may require root" warning.
     */
    static final List<String> RUNTIME_OPTIONS_LINUX = List.of("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=10",
            "-XX:JavaPriority6_To_OSPriority=0", "-XX:JavaPriority7_To_OSPriority=0", "-XX:JavaPriority8_To_OSPriority=0",
            "-XX:JavaPriority9_To_OSPriority=0", "-XX:JavaPriority10_To_OSPriority=0");

    /** A launcher's JVM options: {@link #quietOptions} and the start-up cache named {@code cache} in the app folder. */
    static String launcherOptions(int feature, String cache) {
        List<String> options = new ArrayList<>(quietOptions(feature));
        options.add((feature >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + "$APPDIR/" + cache);
        return String.join(" ", options);
    }

    static int featureVersion(Path jdk) throws IOException {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(jdk.resolve("release"))) {
            release.load(in);
        }
        String version = release.getProperty("JAVA_VERSION").replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
    }

    static int uncheckedFeatureVersion(Path jdk) {
        try {
            return featureVersion(jdk);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static List<String> common(String version, Path icons) {
        List<String> args = new ArrayList<>(List.of("--name", NAME, "--app-version", version,
                "--vendor", "S3 Grant Designer", "--copyright", "S3 Grant Designer contributors",
                "--description", "Designs cross-account S3 write grants: IAM, bucket and key policies and Terraform."));
        Path icon = icons.resolve(WINDOWS ? "s3grant.ico" : MAC ? "s3grant.icns" : "s3grant.png");
        if (Files.exists(icon)) {
            args.addAll(List.of("--icon", icon.toString()));
        }
        return args;
    }

    /**
     * The Linux menu entry, in place of jpackage's: jpackage's has no {@code %f} in its {@code Exec}
     * line, so a desktop would open the window without the file that was double-clicked.
     */
    static Path desktopEntry(Path resources) throws IOException {
        Files.createDirectories(resources);
        String install = "/opt/" + NAME;
        Files.writeString(resources.resolve(NAME + ".desktop"), String.join("\n",
                "[Desktop Entry]", "Name=S3 Grant Designer", "Comment=Designs cross-account S3 write grants",
                "Exec=" + install + "/bin/" + NAME + " %f", "Icon=" + install + "/lib/" + NAME + ".png",
                "Terminal=false", "Type=Application", "Categories=Development;",
                "MimeType=application/vnd.s3grant.design+json;", ""));
        return resources;
    }

    /**
     * The package type of this system and its options, when its tools are there. Not
     * {@code --linux-shortcut}: it gives every launcher a menu entry, the CLI's included, whereas the
     * file association alone installs the window's entry (and {@link #desktopEntry}).
     */
    static Optional<List<String>> systemPackage() {
        if (MAC) {
            return Optional.of(List.of("--type", "dmg", "--mac-package-identifier", "dev.s3grant.designer"));
        }
        if (WINDOWS) {
            return onPath("candle.exe") || onPath("wix.exe")
                    ? Optional.of(List.of("--type", "msi", "--win-menu", "--win-shortcut", "--win-dir-chooser",
                            "--win-upgrade-uuid", "5d0c6c1e-3f7a-4d3e-9a43-0b7f2f1e5a19"))
                    : Optional.empty();
        }
        return onPath("dpkg-deb") && onPath("fakeroot")
                ? Optional.of(List.of("--type", "deb", "--linux-package-name", NAME,
                        "--linux-menu-group", "Development", "--linux-app-category", "devel",
                        "--linux-deb-maintainer", "s3grant@users.noreply.invalid"))
                : Optional.empty();
    }

    /**
     * Records a start-up cache with the image's own runtime and the launcher's class path: the CLI
     * on the example, then, with {@code window}, the window until its first frame with every part built (decision 0055)
     * where a display exists (or under xvfb-run on Linux without one).
     */
    static void train(Path app, int feature, String cache, Path example, Path work, boolean window) throws Exception {
        Path appDir = app.resolve(WINDOWS ? "app" : MAC ? "Contents/app" : "lib/app");
        Path java = app.resolve(WINDOWS ? "runtime/bin/java.exe" : MAC ? "Contents/runtime/Contents/Home/bin/java"
                : "lib/runtime/bin/java");
        boolean display = window && (WINDOWS || MAC || System.getenv("DISPLAY") != null);
        boolean xvfb = window && !display && onPath("xvfb-run");
        List<String> cmd = new ArrayList<>();
        if (xvfb) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        cmd.add(java.toString());
        cmd.addAll(quietOptions(feature));
        // each cache is made with the options its launcher runs with
        cmd.addAll(window ? WINDOW_OPTIONS : CLI_OPTIONS);
        cmd.addAll(List.of(
                (feature >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + appDir.resolve(cache),
                feature >= 25 ? "-Xlog:aot=error" : "-Xlog:cds=error", "-Ds3grant.launcher=training", "-Ds3grant.startupTrace=exit",
                "-Ds3grant.dataDir=" + work.resolve("data"), "-Djava.util.prefs.userRoot=" + work.resolve("prefs"),
                "-cp", appDir.resolve(JAR).toString(), MAIN, example.toString(), work.resolve("generated").toString()));
        if (display || xvfb) {
            cmd.add("--window");
        } else if (window) {
            System.out.println("[dist] no display and no xvfb-run: the training run leaves the window out");
        }
        run(cmd);
        if (!Files.exists(appDir.resolve(cache))) {
            throw new IllegalStateException("the training run wrote no " + cache);
        }
    }

    static List<String> jpackage(Path jdk, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(tool(jdk, "jpackage")));
        cmd.addAll(args);
        return cmd;
    }

    static String tool(Path jdk, String name) {
        return jdk.resolve("bin").resolve(WINDOWS ? name + ".exe" : name).toString();
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    static Path write(Path file, Map<String, String> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(entries).forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        return Files.writeString(file, text);
    }

    static void run(List<String> cmd) throws IOException, InterruptedException {
        System.out.println("[dist] " + String.join(" ", cmd));
        Process process = new ProcessBuilder(cmd).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(cmd.get(0) + " failed with exit code " + exit);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

/**
 * A launcher of the Linux image as a POSIX shell script, in place of jpackage's native one, which
 * asks {@code rpm} and {@code dpkg} at every start (twice) whether it belongs to an installed
 * package (docs/upstream/jpackage-linux-launcher-package-lookup.md, decision 0050). The script
 * starts the image's runtime with what jpackage wrote in {@code lib/app/NAME.cfg}: its JVM options,
 * class path and main class, {@code $APPDIR} being {@code lib/app} of the image, which the script
 * finds from its own path, through symbolic links. It starts no other program (but
 * {@code readlink} when it is started through a link), passes its arguments through unchanged and
 * ends with the exit code of Java, which replaces it ({@code exec}).
 */
final class ShellLauncher {

    private ShellLauncher() {
    }

    static void replace(Path app, String name) throws IOException {
        List<String> cfg = Files.readAllLines(app.resolve("lib/app/" + name + ".cfg"));
        List<String> words = new ArrayList<>();
        words.add("\"-Djpackage.app-path=$self\"");
        cfg.stream().filter(l -> l.startsWith("java-options=")).map(l -> word(l.substring("java-options=".length())))
                .forEach(words::add);
        words.add("-cp");
        words.add(word(value(cfg, "app.classpath=")));
        words.add(word(value(cfg, "app.mainclass=")));
        String script = String.join("\n",
                "#!/bin/sh",
                "# " + name + " of S3 Grant Designer: starts the Java runtime of this application with the options",
                "# of lib/app/" + name + ".cfg (written into this script when the package was built).",
                "self=$0",
                "case $self in",
                "    */*) ;;",
                "    *) self=./$self ;;",
                "esac",
                "while [ -h \"$self\" ]; do",
                "    link=$(readlink \"$self\")",
                "    case $link in",
                "        /*) self=$link ;;",
                "        *) self=${self%/*}/$link ;;",
                "    esac",
                "done",
                "case $self in",
                "    /*) ;;",
                "    *) self=$PWD/$self ;;",
                "esac",
                "app=${self%/bin/*}",
                "exec \"$app/lib/runtime/bin/java\" " + String.join(" ", words) + " \"$@\"",
                "");
        Path launcher = app.resolve("bin").resolve(name);
        Files.delete(launcher);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String value(List<String> cfg, String key) {
        return cfg.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + key + " in the launcher's configuration"));
    }

    /**
     * One word of the shell's command line, in double quotes: the characters the shell would read
     * in them escaped, then jpackage's {@code $APPDIR}, {@code $BINDIR} and {@code $ROOTDIR} made
     * the image's folders again.
     */
    static String word(String cfgValue) {
        String escaped = cfgValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$");
        return "\"" + escaped.replace("\\$APPDIR", "$app/lib/app").replace("\\$BINDIR", "$app/bin").replace("\\$ROOTDIR", "$app") + "\"";
    }
}
