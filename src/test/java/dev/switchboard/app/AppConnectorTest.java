package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.data.Credentials;
import dev.switchboard.data.ListQuery;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.model.AdminApi;
import dev.switchboard.viewmodel.ActivityTracker;
import dev.switchboard.viewmodel.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import dev.switchboard.viewmodel.InMemoryActivityLog;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppConnectorTest {

  private final ExecutorService background = Executors.newCachedThreadPool();
  private final AppConnector connector = new AppConnector(background, Runnable::run, new ActivityTracker(Runnable::run),
      new InMemoryActivityLog(), DemoOptions.inMemory().withPort(0),
      AppConnector.defaultSettings().withTimeout(Duration.ofSeconds(10)));

  @AfterEach
  void stop() {
    connector.close();
    background.shutdownNow();
  }

  @Test
  void theDemoStartsOnceAndItsBaseAddressLeadsToItsApi() throws Exception {
    String first = connector.startDemo().get(60, TimeUnit.SECONDS);
    String second = connector.startDemo().get(5, TimeUnit.SECONDS);
    AdminApi api = connector.readApi(first).get(20, TimeUnit.SECONDS);
    assertThat(second).isEqualTo(first);
    assertThat(api.resources()).extracting(r -> r.name()).contains("calls", "users", "teams");
    assertThat(connector.demoAccounts()).extracting(a -> a.username()).containsExactly("admin", "agent", "viewer");
  }

  @Test
  void anOpenedConnectionLogsInAndLists() throws Exception {
    AdminApi api = connector.readApi(connector.startDemo().get(60, TimeUnit.SECONDS)).get(20, TimeUnit.SECONDS);
    try (Connection connection = connector.open(api)) {
      connection.authentication().logIn("OAuth2PasswordBearer",
          new Credentials.Password("viewer", "switchboard-viewer", List.of())).get(10, TimeUnit.SECONDS);
      var page = connection.records().list(api.resource("calls").orElseThrow(), ListQuery.firstPage(5))
          .get(10, TimeUnit.SECONDS);
      assertThat(page.records()).hasSize(5);
      assertThat(connection.address()).startsWith("http://127.0.0.1:");
    }
  }

  @Test
  void aPlaceWithNoApiSaysWhatWasTried() {
    assertThatThrownBy(() -> connector.readApi("http://127.0.0.1:1").get(20, TimeUnit.SECONDS))
        .hasMessageContaining("127.0.0.1:1");
  }
}
