package dev.switchboard.viewmodel;

import dev.switchboard.model.AdminApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The work behind connecting that view models may not do themselves (it needs the schema engine, HTTP and the
 * demo backend): the app implements it. Every method runs off the UI thread and answers through its future.
 */
public interface Connector {

  /** A demo account: who to log in as when the person picks the demo. */
  record DemoAccount(String username, String password, List<String> scopes) {}

  /**
   * Finds and reads the document behind what the person typed (a base URL, the document's URL, a {@code /docs}
   * page or a file). Fails with a message that lists what was tried.
   */
  CompletableFuture<AdminApi> readApi(String location);

  /** Opens a connection to the backend the model describes. */
  Connection open(AdminApi api);

  /** Starts the embedded demo backend (once) and answers its address. */
  CompletableFuture<String> startDemo();

  /** The demo's accounts, to offer on the start screen. */
  List<DemoAccount> demoAccounts();
}
