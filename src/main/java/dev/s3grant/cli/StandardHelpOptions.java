package dev.s3grant.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version} built in code, as picocli's
 * {@code mixinStandardHelpOptions} declares them: the commands built without annotations add
 * these instead, since picocli reads that mixin from its annotations (decision 0056).
 */
final class StandardHelpOptions {

    private StandardHelpOptions() {
    }

    /** Adds both options to {@code spec} and returns it. */
    static CommandSpec addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("mixinStandardHelpOptions.help")
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.").build());
        return spec;
    }
}
