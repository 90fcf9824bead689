package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.S3GrantCommand;
import dev.s3grant.testing.TestDesigns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The product never opens a network connection: every CLI command runs under a security manager
 * that records any socket permission asked for (connect, resolve, listen, accept).
 */
class NoNetworkTest {

    @TempDir
    Path temp;

    private final List<String> socketRequests = new ArrayList<>();
    private SecurityManager previous;

    @BeforeEach
    @SuppressWarnings("removal")
    void watchSockets() {
        previous = System.getSecurityManager();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission) {
                    socketRequests.add(perm.getName() + " " + perm.getActions());
                }
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
    }

    @AfterEach
    @SuppressWarnings("removal")
    void stopWatching() {
        System.setSecurityManager(previous);
    }

    private int run(String... args) {
        CommandLine cli = S3GrantCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void everyCommandRunsWithoutOpeningASocket() {
        String design = TestDesigns.file("kms-managed-key").toString();
        String out = temp.resolve("out").toString();
        List<String[]> commands = List.of(
                new String[] {"generate", design, "--out", out},
                new String[] {"validate", design},
                new String[] {"check", design, "--matrix", "--format", "json"},
                new String[] {"check", design, "--principal", "ecs-tasks.amazonaws.com", "--action", "sts:AssumeRole",
                        "--resource", "arn:aws:iam::111111111111:role/ecs-cross-account-s3-role"},
                new String[] {"explain", design, "--lang", "ja"},
                new String[] {"explain", design, "--lang", "en", "--map", temp.resolve("map.svg").toString()},
                new String[] {"diff", design, "--against", out},
                new String[] {"compare", out, out, "--format", "json"},
                new String[] {"compare", out, out, "--fail-on", "broadening", "--format", "markdown"},
                new String[] {"check", "--against", out},
                new String[] {"explain", "--file", out + "/policies/bucket-policy.json", "--format", "json"},
                new String[] {"generate", design, "--out", out, "--force", "--adopt", out},
                new String[] {"import", out, Path.of(out, "policies").toString(), "--out", temp.resolve("imported.json").toString()});
        List<String> ran = new ArrayList<>();
        for (String[] command : commands) {
            int exit = run(command);
            assertThat(exit).as(String.join(" ", command)).isIn(0, 1);
            ran.add(command[0]);
        }
        assertThat(ran).containsAll(S3GrantCommand.commandLine().getSubcommands().keySet());
        assertThat(socketRequests).isEmpty();
    }

    @Test
    void theWatcherSeesASocketWhenOneIsOpened() throws Exception {
        try (java.net.ServerSocket ignored = new java.net.ServerSocket(0)) {
            assertThat(socketRequests).isNotEmpty();
        }
    }
}
