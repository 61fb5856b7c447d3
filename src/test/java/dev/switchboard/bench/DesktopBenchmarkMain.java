package dev.switchboard.bench;

import dev.switchboard.app.SwitchboardApp;
import dev.switchboard.testing.FirstPulse;
import dev.switchboard.testing.FxStallMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import dev.switchboard.view.table.ResourceTablePane;
import javafx.application.Application;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.CheckComboBox;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5's performance figures, from a warm JVM, headless (Monocle): opens the demo as the agent, then
 * {@code rounds} times opens the calls table from the navigator, changes the status filter, clears it and closes
 * the tab. Prints the median and worst of: click to the first frame with rows (target 400 ms), filter change to
 * the frame with the new rows (target 150 ms), and the longest the JavaFX thread was busy during each (target
 * 50 ms, measured by {@link FxStallMonitor}).
 *
 * <pre>
 *   ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.switchboard.bench.DesktopBenchmarkMain
 *   ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.switchboard.bench.DesktopBenchmarkMain \
 *       -Dbench.args="rounds=30 warmup=5"
 * </pre>
 */
public final class DesktopBenchmarkMain {

  private final FxRobot robot = new FxRobot();

  private DesktopBenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    int rounds = option(args, "rounds", 20);
    int warmup = option(args, "warmup", 5);
    useHeadlessJavaFx();
    Path config = Files.createTempDirectory("switchboard-bench");
    System.setProperty("switchboard.configDir", config.toString()); // app.ConfigDirectory.PROPERTY
    FxToolkit.registerPrimaryStage();
    Application app = FxToolkit.setupApplication(SwitchboardApp.class, "--demo-in-memory", "--theme", "light");
    int exit = 0;
    try {
      new DesktopBenchmarkMain().run(rounds, warmup);
    } catch (TimeoutException e) {
      System.err.println("bench: " + e.getMessage());
      exit = 1;
    } finally {
      FxToolkit.cleanupApplication(app);
      FxToolkit.cleanupStages();
    }
    System.exit(exit);
  }

  /** The same settings surefire gives the TestFX tests (pom.xml). */
  private static void useHeadlessJavaFx() {
    System.setProperty("testfx.robot", "glass");
    System.setProperty("testfx.headless", "true");
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("headless.geometry", "1600x1000-32");
    System.setProperty("prism.order", "sw");
  }

  private static int option(String[] args, String name, int fallback) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(System.getProperty("bench.args", "").trim().split("\\s+")));
    return all.stream().filter(a -> a.startsWith(name + "="))
        .map(a -> Integer.parseInt(a.substring(name.length() + 1)))
        .reduce((first, second) -> second).orElse(fallback);
  }

  private void run(int rounds, int warmup) throws Exception {
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", 90, () -> robot.lookup("#nav-calls").tryQuery().isPresent());
    List<long[]> figures = new ArrayList<>();
    try (FxStallMonitor stalls = new FxStallMonitor()) {
      for (int round = 0; round < warmup + rounds; round++) {
        long[] one = oneRound(stalls);
        if (round >= warmup) {
          figures.add(one);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%nDesktop, warm JVM, %d rounds (after %d warm-up), median / worst:%n", rounds,
        warmup);
    print(figures, 0, "click Calls to first page of rows", 400);
    print(figures, 1, "longest JavaFX thread stall while opening", 50);
    print(figures, 2, "filter change to new rows", 150);
    print(figures, 3, "longest JavaFX thread stall while filtering", 50);
    System.out.println("JavaFX thread CPU time within those stalls (what they cost without other load):");
    print(figures, 4, "  while opening", 50);
    print(figures, 5, "  while filtering", 50);
  }

  private static void print(List<long[]> figures, int column, String what, long target) {
    long[] values = figures.stream().mapToLong(f -> f[column]).sorted().toArray();
    long median = values[values.length / 2];
    long worst = values[values.length - 1];
    System.out.printf(Locale.ROOT, "  %-45s %5d ms / %5d ms   (target %d ms: %s)%n", what, median, worst, target,
        median <= target ? "met" : "NOT met");
  }

  /** Open, filter, clear, close: answers {open ms, open stall ms, filter ms, filter stall ms, and the two stalls' CPU ms}. */
  private long[] oneRound(FxStallMonitor stalls) throws Exception {
    Scene scene = robot.lookup("#shell").query().getScene();
    stalls.reset();
    long open = openCalls(scene);
    long openStall = stalls.longestMillis();
    long openStallCpu = stalls.longestCpuMillis();
    waitUntil("the first page has loaded", 20, this::loaded);

    CheckComboBox<?> status = robot.lookup("#filter-calls-status__in").queryAs(CheckComboBox.class);
    String before = pageInfo();
    FirstPulse[] shown = new FirstPulse[1];
    long[] changed = new long[1];
    stalls.reset();
    robot.interact(() -> {
      shown[0] = new FirstPulse(scene, () -> !pageInfo().equals(before));
      changed[0] = System.nanoTime();
      status.getCheckModel().check(status.getItems().indexOf("missed"));
      status.getCheckModel().check(status.getItems().indexOf("voicemail"));
    });
    waitUntil("the filtered calls show", 20, () -> shown[0].nanos() != 0 && loaded());
    long filterStall = stalls.longestMillis();
    long filterStallCpu = stalls.longestCpuMillis();
    robot.interact(shown[0]::close);
    long filter = TimeUnit.NANOSECONDS.toMillis(shown[0].nanos() - changed[0]);

    robot.clickOn("#clear-filters-calls");
    waitUntil("filters cleared", 20, () -> loaded() && !robot.lookup("#filter-chips-calls").query().isVisible());
    robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
    waitUntil("the calls tab closed", 10, () -> robot.lookup("#table-calls").tryQuery().isEmpty());
    return new long[] {open, openStall, filter, filterStall, openStallCpu, filterStallCpu};
  }

  /**
   * Clicks Calls in the navigator: from the click reaching the app to the first frame laid out with every row of
   * the page (a new table gets its rows over a few frames: {@code ProgressiveRows}).
   */
  private long openCalls(Scene scene) throws Exception {
    AtomicLong clicked = new AtomicLong();
    EventHandler<MouseEvent> onClick = e -> clicked.compareAndSet(0, System.nanoTime());
    FirstPulse[] shown = new FirstPulse[1];
    robot.interact(() -> {
      scene.addEventFilter(MouseEvent.MOUSE_RELEASED, onClick);
      shown[0] = new FirstPulse(scene, () -> scene.lookup("#table-pane-calls") instanceof ResourceTablePane pane
          && pane.showsAllRows() && !pane.table().getItems().isEmpty());
    });
    robot.clickOn("#nav-calls");
    waitUntil("the first page of calls shows", 20, () -> shown[0].nanos() != 0);
    robot.interact(() -> {
      scene.removeEventFilter(MouseEvent.MOUSE_RELEASED, onClick);
      shown[0].close();
    });
    return TimeUnit.NANOSECONDS.toMillis(shown[0].nanos() - clicked.get());
  }

  private String pageInfo() {
    return robot.lookup("#page-info-calls").queryAs(Label.class).getText();
  }

  private boolean loaded() {
    return robot.lookup("#loading-calls").tryQuery().map(Node::isVisible).map(v -> !v).orElse(true);
  }

  private static void waitUntil(String what, long seconds, BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
      WaitForAsyncUtils.waitForFxEvents();
      return condition.getAsBoolean();
    });
    if (!condition.getAsBoolean()) {
      throw new TimeoutException("timed out waiting until " + what);
    }
  }
}
