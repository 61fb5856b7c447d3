package dev.switchboard.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from {@code version.properties}, which the build fills in from the pom. */
final class VersionProvider implements IVersionProvider {

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      // Fall through: a missing version is no reason to stop the app.
    }
    return "unknown";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Switchboard " + version()};
  }
}
