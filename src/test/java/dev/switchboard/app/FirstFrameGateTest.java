package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameGateTest {

  private final List<String> ran = new ArrayList<>();
  private final FirstFrameGate gate = new FirstFrameGate(Runnable::run);

  @Test
  void tasksWaitForTheFirstFrameThenRunInOrder() {
    gate.execute(() -> ran.add("keyring"));
    gate.execute(() -> ran.add("profiles"));
    assertThat(ran).isEmpty();

    gate.open();
    assertThat(ran).containsExactly("keyring", "profiles");
  }

  @Test
  void afterTheFirstFrameTasksPassStraightThrough() {
    gate.open();
    gate.execute(() -> ran.add("later"));
    assertThat(ran).containsExactly("later");
  }
}
