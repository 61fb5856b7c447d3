package dev.switchboard.app;

import dev.switchboard.view.shell.About;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The libraries bundled with the app and their licences, for Help > About. The build writes the list (the
 * license-maven-plugin reads each runtime dependency's POM; {@code packaging/third-party.ftl} is the format: one
 * library a line, tab-separated name, coordinates, version, licences, URL), so it never goes stale by hand.
 */
final class BundledLibraries {

  static final String RESOURCE = "third-party-licences.tsv";

  private BundledLibraries() {}

  /** The list in the app's resources; empty when it was not built by Maven (run from an IDE's own build). */
  static List<About.Library> read() {
    try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE)) {
      return in == null ? List.of() : parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bundled libraries' list " + RESOURCE + ": " + e.getMessage(),
          e);
    }
  }

  static List<About.Library> parse(InputStream in) throws IOException {
    List<About.Library> libraries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] cells = line.split("\t", -1);
      boolean seen = libraries.stream().anyMatch(l -> l.coordinates().equals(cells[1].strip()));
      if (cells.length >= 5 && !seen) { // JavaFX's jars come twice: the platform's and the empty one
        libraries.add(new About.Library(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
            cells[4].strip()));
      }
    }
    // several jars of one project share its name (Ikonli): those are told apart by their artifact
    List<About.Library> named = libraries.stream().map(l -> libraries.stream().filter(o -> o.name().equals(l.name()))
        .count() == 1 ? l : new About.Library(l.coordinates().substring(l.coordinates().indexOf(':') + 1),
        l.coordinates(), l.version(), l.licences(), l.url())).collect(java.util.stream.Collectors.toList());
    named.sort(Comparator.comparing((About.Library l) -> l.name().toLowerCase(java.util.Locale.ROOT)));
    return List.copyOf(named);
  }
}
