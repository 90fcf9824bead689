package dev.s3grant.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or the development version when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"s3grant " + (version == null ? "development" : version)};
    }
}
