package org.markaz.core;

/** This build's version, from the jar's manifest; a build run from the classes folder says so. */
public final class ProgramVersion {

    private ProgramVersion() {
    }

    public static String current() {
        String version = ProgramVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
