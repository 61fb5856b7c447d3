package dev.switchboard.app;

import dev.switchboard.model.AdminApi;
import dev.switchboard.openapi.DescribeJson;
import dev.switchboard.openapi.DescribeText;
import dev.switchboard.openapi.DocumentException;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.DocumentSource;
import dev.switchboard.openapi.OpenApiReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code switchboard describe <url-or-file>}: prints what Switchboard understood from a document. Exit code
 * 0 when it was read (even with diagnostics), 2 when it could not be read, with one line on stderr.
 */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    description = "Print the resources, fields, list capabilities and security Switchboard infers from an"
        + " OpenAPI document.")
final class DescribeCommand implements Callable<Integer> {

  enum Format { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<url-or-file>", description = "The document: an http(s) URL or a file path.")
  String location;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'",
      description = "An extra request header, such as an API key; may be repeated.")
  List<String> headers = List.of();

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Download timeout.")
  int timeoutSeconds;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Map<String, String> headerMap = new LinkedHashMap<>();
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        err.println("switchboard describe: --header '" + header + "' needs the form 'Name: value'.");
        return 2;
      }
      headerMap.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    if (timeoutSeconds <= 0) {
      err.println("switchboard describe: --timeout " + timeoutSeconds + " must be a number of seconds above 0.");
      return 2;
    }
    DocumentSource source;
    try {
      source = DocumentSource.of(location, headerMap);
    } catch (IllegalArgumentException e) {
      err.println("switchboard describe: '" + location + "' is neither a valid URL nor a file path ("
          + e.getMessage() + ").");
      return 2;
    }
    DocumentLoader loader = new DocumentLoader(
        () -> DocumentLoader.httpClient(Duration.ofSeconds(Math.min(10, timeoutSeconds))),
        DocumentLoader.DEFAULT_MAX_BYTES, Duration.ofSeconds(timeoutSeconds));
    AdminApi api;
    try {
      api = OpenApiReader.read(loader, source);
    } catch (DocumentException e) {
      err.println("switchboard describe: " + e.getMessage());
      return 2;
    }
    out.print(format == Format.JSON ? DescribeJson.write(api) : DescribeText.write(api));
    out.flush();
    return 0;
  }
}
