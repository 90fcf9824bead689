package dev.s3grant.terraform;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code terraform} binary for tests, when it is installed; never with network access needed. */
final class TerraformOnPath {

    private TerraformOnPath() {
    }

    static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "terraform"))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code terraform <arguments>} in {@code folder}; returns the exit code and the output. */
    static Result run(Path folder, String stdin, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("terraform"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(false);
        builder.environment().put("TF_CLI_CONFIG_FILE", folder.resolve("none.tfrc").toString());
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        builder.environment().put("TF_IN_AUTOMATION", "1");
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("terraform did not finish");
        }
        return new Result(process.exitValue(), out, err);
    }

    record Result(int exitCode, String out, String err) {
    }
}
