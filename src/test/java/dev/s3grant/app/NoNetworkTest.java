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
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"generate", design, "--out", temp.resolve("out").toString()});
        for (String name : S3GrantCommand.commandLine().getSubcommands().keySet()) {
            if (!name.equals("generate")) {
                commands.add(new String[] {name, "--help"});
            }
        }
        for (String[] command : commands) {
            run(command);
        }
        assertThat(socketRequests).isEmpty();
    }

    @Test
    void theWatcherSeesASocketWhenOneIsOpened() throws Exception {
        try (java.net.ServerSocket ignored = new java.net.ServerSocket(0)) {
            assertThat(socketRequests).isNotEmpty();
        }
    }
}
