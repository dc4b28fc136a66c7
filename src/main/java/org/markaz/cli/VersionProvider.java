package org.markaz.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = MarkazCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Markaz " + (version == null ? "(development build)" : version)};
    }
}
