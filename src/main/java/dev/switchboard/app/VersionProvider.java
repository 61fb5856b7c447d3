package dev.switchboard.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set from the pom), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Switchboard " + version()};
  }
}
