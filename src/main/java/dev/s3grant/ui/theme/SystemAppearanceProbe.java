package dev.s3grant.ui.theme;

import dev.s3grant.ui.common.HostOs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the operating system's light/dark setting on a daemon thread of its own, never on the FX
 * thread: each command may take at most {@link #COMMAND_TIMEOUT}, the whole answer at most
 * {@link #ANSWER_TIMEOUT}; a command that is missing, fails or is late counts as unknown, and
 * unknown is light.
 */
public final class SystemAppearanceProbe {

    static final Duration COMMAND_TIMEOUT = Duration.ofMillis(1500);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);

    private SystemAppearanceProbe() {
    }

    /** Starts reading; the future completes with light where the answer takes too long. */
    public static CompletableFuture<Appearance> start() {
        CompletableFuture<Appearance> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                answer.complete(SystemAppearance.decide(HostOs.current(), System.getenv(), SystemAppearanceProbe::run));
            } catch (RuntimeException e) {
                answer.complete(Appearance.LIGHT);
            }
        }, "s3grant-system-theme");
        thread.setDaemon(true);
        thread.start();
        return answer.completeOnTimeout(Appearance.LIGHT, ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = out.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (Exception e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
