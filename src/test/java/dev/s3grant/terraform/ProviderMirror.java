package dev.s3grant.terraform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a local folder that holds the AWS provider in Terraform's mirror layout
 * ({@code registry.terraform.io/hashicorp/aws/VERSION/OS_ARCH/terraform-provider-aws_*}), so that
 * {@code terraform plan} runs offline wherever the provider is installed: {@code -Dterraform.pluginMirror}
 * if given; else the implied local mirror directories Terraform documents
 * (https://developer.hashicorp.com/terraform/cli/config/config-file#implied-local-mirror-directories),
 * {@code TF_PLUGIN_CACHE_DIR}, and folders up to three levels below {@code /opt}.
 */
final class ProviderMirror {

    static final String PROPERTY = "terraform.pluginMirror";
    private static final int OPT_DEPTH = 3;

    private ProviderMirror() {
    }

    /** The folder above {@code registry.terraform.io}, or empty with {@link #searched()} saying where it looked. */
    static Optional<Path> find() {
        String configured = System.getProperty(PROPERTY, "");
        if (!configured.isEmpty()) {
            return Optional.of(Path.of(configured)).filter(ProviderMirror::holdsAwsProvider);
        }
        for (Path candidate : impliedFolders()) {
            if (holdsAwsProvider(candidate)) {
                return Optional.of(candidate);
            }
        }
        try (Stream<Path> opt = Files.walk(Path.of("/opt"), OPT_DEPTH)) {
            return opt.filter(Files::isDirectory).filter(ProviderMirror::holdsAwsProvider).sorted().findFirst();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Where {@link #find()} looks, for the message of a skipped test. */
    static String searched() {
        List<String> places = new ArrayList<>(impliedFolders().stream().map(Path::toString).toList());
        places.add("/opt (" + OPT_DEPTH + " levels)");
        return "-D" + PROPERTY + ", " + String.join(", ", places);
    }

    private static List<Path> impliedFolders() {
        String home = System.getProperty("user.home");
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(home, ".terraform.d", "plugins"));
        String dataHome = System.getenv("XDG_DATA_HOME");
        folders.add(dataHome == null || dataHome.isEmpty()
                ? Path.of(home, ".local", "share", "terraform", "plugins")
                : Path.of(dataHome, "terraform", "plugins"));
        String dataDirs = System.getenv("XDG_DATA_DIRS");
        for (String dir : (dataDirs == null || dataDirs.isEmpty() ? "/usr/local/share:/usr/share" : dataDirs).split(":")) {
            if (!dir.isEmpty()) {
                folders.add(Path.of(dir, "terraform", "plugins"));
            }
        }
        String cache = System.getenv("TF_PLUGIN_CACHE_DIR");
        if (cache != null && !cache.isEmpty()) {
            folders.add(Path.of(cache));
        }
        return folders;
    }

    /** True when {@code folder/registry.terraform.io/hashicorp/aws/*}/OS_ARCH holds a provider binary. */
    static boolean holdsAwsProvider(Path folder) {
        Path aws = folder.resolve("registry.terraform.io").resolve("hashicorp").resolve("aws");
        if (!Files.isDirectory(aws)) {
            return false;
        }
        try (Stream<Path> versions = Files.list(aws)) {
            return versions.map(v -> v.resolve(platform())).filter(Files::isDirectory).anyMatch(ProviderMirror::hasBinary);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasBinary(Path platformFolder) {
        try (Stream<Path> files = Files.list(platformFolder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("terraform-provider-aws_"));
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code linux_amd64}, {@code darwin_arm64}, ... as Terraform names platforms. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String name = os.startsWith("mac") || os.startsWith("darwin") ? "darwin" : os.startsWith("windows") ? "windows" : os.split(" ")[0];
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String cpu = switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> arch;
        };
        return name + "_" + cpu;
    }

    /**
     * The Terraform CLI configuration ({@code none.tfrc}, read through {@code TF_CLI_CONFIG_FILE}) that
     * installs the HashiCorp providers from the mirror only, never from the registry.
     */
    static String cliConfig(Path mirror) {
        return "provider_installation {\n  filesystem_mirror {\n    path    = "
                + HclStrings.quote(mirror.toString()) + "\n    include = [\"registry.terraform.io/hashicorp/*\"]\n  }\n"
                + "  direct {\n    exclude = [\"registry.terraform.io/hashicorp/*\"]\n  }\n}\n";
    }
}
