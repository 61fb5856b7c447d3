package dev.switchboard.app;

import dev.switchboard.data.Credentials;
import dev.switchboard.model.SecurityDef;
import java.io.Console;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** The connection and log-in options every {@code records} command takes. */
final class RecordsOptions {

  @Option(names = {"-u", "--user"}, paramLabel = "U", description = "Log in with this user name (OAuth2 password"
      + " flow or HTTP basic, whichever the API offers first).")
  String user;

  @Option(names = {"-p", "--password"}, paramLabel = "P", description = "The password for --user.")
  String password;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Read the password for --user from this environment variable.")
  String passwordEnv;

  @Option(names = "--scope", paramLabel = "S", description = "An OAuth2 scope to ask for; may be repeated"
      + " (default: whatever the server grants).")
  List<String> scopes = List.of();

  @Option(names = "--token", paramLabel = "T", description = "A bearer token (HTTP bearer or OAuth2).")
  String token;

  @Option(names = "--api-key", paramLabel = "K", description = "An API key, sent where the API's scheme says.")
  String apiKey;

  @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'",
      description = "An extra header on every request (also when reading the document); may be repeated.")
  List<String> headers = List.of();

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long one request may take (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 30;

  /** How a person chose to log in: the scheme types that fit, and the credentials for each. */
  record Login(String how, Set<SecurityDef.Type> types, java.util.function.Function<SecurityDef.Type, Credentials> credentials) {}

  Map<String, String> headerMap() throws UsageException {
    Map<String, String> map = new LinkedHashMap<>();
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new UsageException("--header '" + header + "' needs the form 'Name: value'.");
      }
      map.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    return map;
  }

  void check() throws UsageException {
    if (timeoutSeconds <= 0) {
      throw new UsageException("--timeout " + timeoutSeconds + " must be a number of seconds above 0.");
    }
    int ways = (user != null ? 1 : 0) + (token != null ? 1 : 0) + (apiKey != null ? 1 : 0);
    if (ways > 1) {
      throw new UsageException("give one way to log in: --user (with --password), --token or --api-key.");
    }
    if (user == null && (password != null || passwordEnv != null)) {
      throw new UsageException("--password and --password-env need --user.");
    }
    if (password != null && passwordEnv != null) {
      throw new UsageException("give --password or --password-env, not both.");
    }
    if (!scopes.isEmpty() && user == null) {
      throw new UsageException("--scope is asked for when logging in with --user.");
    }
  }

  /** The log-in asked for, if any; the password comes from the option, the environment or the console. */
  Optional<Login> login() throws UsageException {
    if (token != null) {
      return Optional.of(new Login("a token (--token)", EnumSet.of(SecurityDef.Type.HTTP_BEARER,
          SecurityDef.Type.OAUTH2_PASSWORD), type -> new Credentials.BearerToken(token)));
    }
    if (apiKey != null) {
      return Optional.of(new Login("an API key (--api-key)", EnumSet.of(SecurityDef.Type.API_KEY),
          type -> new Credentials.ApiKey(apiKey)));
    }
    if (user == null) {
      return Optional.empty();
    }
    String secret = password(user);
    return Optional.of(new Login("a user name and password (--user)", EnumSet.of(SecurityDef.Type.OAUTH2_PASSWORD,
        SecurityDef.Type.HTTP_BASIC), type -> type == SecurityDef.Type.HTTP_BASIC
            ? new Credentials.Basic(user, secret) : new Credentials.Password(user, secret, scopes)));
  }

  private String password(String forUser) throws UsageException {
    if (password != null) {
      return password;
    }
    if (passwordEnv != null) {
      String value = System.getenv(passwordEnv);
      if (value == null) {
        throw new UsageException("--password-env " + passwordEnv + ": that environment variable is not set.");
      }
      return value;
    }
    Console console = System.console();
    if (console == null) {
      throw new UsageException("--user " + forUser + " needs --password or --password-env.");
    }
    char[] typed = console.readPassword("Password for %s: ", forUser);
    if (typed == null) {
      throw new UsageException("no password given for " + forUser + ".");
    }
    return new String(typed);
  }
}
