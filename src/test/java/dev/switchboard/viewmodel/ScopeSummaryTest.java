package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeSummaryTest {

  @Test
  void groupsThingColonVerbScopesByThing() {
    assertThat(ScopeSummary.mayDo(List.of("calls:read", "calls:write", "users:read", "users:admin")))
        .isEqualTo("May read and change calls, read and administer users");
  }

  @Test
  void readsVerbColonThingToo() {
    assertThat(ScopeSummary.words(List.of("read:orders", "write:orders"))).isEqualTo("read and change orders");
  }

  @Test
  void keepsOtherScopesAsWritten() {
    assertThat(ScopeSummary.words(List.of("openid", "calls:read"))).isEqualTo("read calls, openid");
  }

  @Test
  void saysWhenThereAreNone() {
    assertThat(ScopeSummary.mayDo(List.of())).isEqualTo("No permissions");
  }
}
