package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExporterTest {

    @TempDir
    Path temp;

    private static Map<String, String> files(String version) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            files.put("policies/file" + i + ".json", "{\"v\": \"" + version + "\", \"i\": " + i + "}\n");
        }
        files.put("account_A.tf", "# " + version + "\n");
        return files;
    }

    @Test
    void planSeparatesCreatedChangedAndUnchangedFiles() throws Exception {
        FolderExporter.export(temp, "test", files("old"), false, false);
        Map<String, String> next = new LinkedHashMap<>(files("old"));
        next.put("account_A.tf", "# new\n");
        next.put("account_B.tf", "# new\n");
        ExportPlan plan = FolderExporter.plan(temp, next);
        assertThat(plan.created()).containsExactly("account_B.tf");
        assertThat(plan.changed()).containsExactly("account_A.tf");
        assertThat(plan.unchanged()).hasSize(5);
    }

    @Test
    void overwriteKeepsThePreviousVersionAsBak() throws Exception {
        FolderExporter.export(temp, "test", files("old"), false, false);
        FolderExporter.export(temp, "test", files("new"), true, false);
        assertThat(Files.readString(temp.resolve("account_A.tf"))).isEqualTo("# new\n");
        assertThat(Files.readString(temp.resolve("account_A.tf.bak"))).isEqualTo("# old\n");
        assertThat(Files.readString(temp.resolve("policies/file3.json.bak"))).contains("old");
    }

    @Test
    void anExportKilledWhileWritingLeavesTheOldFilesIntact() throws Exception {
        Path out = temp.resolve("out");
        Path design = Path.of("src/test/resources/designs/ecs-only.json").toAbsolutePath();
        assertThat(runCli(design, out, 0).waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<Path, String> before = snapshot(out);
        assertThat(before).isNotEmpty();
        for (Path file : before.keySet()) {
            Files.writeString(out.resolve(file), "{\"old\": \"" + file + "\"}\n");
        }
        before = snapshot(out);

        Process slow = runCli(design, out, 1500);
        Thread.sleep(1500);
        assertThat(slow.isAlive()).as("the export is still writing").isTrue();
        slow.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Map<Path, String> after = snapshot(out);
        after.keySet().removeIf(p -> p.getFileName().toString().endsWith(".tmp"));
        assertThat(after).isEqualTo(before);
    }

    private static Process runCli(Path design, Path out, long slowMillis) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + SafeFiles.SLOW_WRITE_PROPERTY + "=" + slowMillis,
                "dev.s3grant.Launcher", "generate", design.toString(), "--out", out.toString(), "--force"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Map<Path, String> snapshot(Path folder) throws IOException {
        Map<Path, String> content = new LinkedHashMap<>();
        if (!Files.exists(folder)) {
            return content;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                content.put(folder.relativize(p), Files.readString(p));
            }
        }
        return content;
    }
}
