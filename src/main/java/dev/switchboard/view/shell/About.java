package dev.switchboard.view.shell;

import java.util.List;

/**
 * What Help > About shows: the app's version, the Java and JavaFX it runs on, and every library bundled with it
 * with its licence (the list is made by the build from the libraries' own POMs).
 */
public record About(String version, String java, String javaFx, List<Library> libraries) {

  /** One bundled library: its name, Maven coordinates and version, its licences, and its home page. */
  public record Library(String name, String coordinates, String version, String licences, String url) {}

  public About {
    libraries = List.copyOf(libraries);
  }

  /** With the Java and JavaFX this JVM runs. */
  public static About running(String version, List<Library> libraries) {
    String java = System.getProperty("java.version", "?") + " (" + System.getProperty("java.vm.vendor", "?") + ", "
        + System.getProperty("java.vm.name", "?") + ")";
    return new About(version, java, System.getProperty("javafx.runtime.version", "?"), libraries);
  }
}
