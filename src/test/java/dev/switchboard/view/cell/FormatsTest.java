package dev.switchboard.view.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void markdownInADescriptionReadsAsPlainProse() {
    assertThat(Formats.prose("Hand the call to another agent; its status becomes `transferred`."))
        .isEqualTo("Hand the call to another agent; its status becomes transferred.");
    assertThat(Formats.prose("You **must** read [the guide](https://example.com/guide) first."))
        .isEqualTo("You must read the guide first.");
    assertThat(Formats.prose("snake_case_names and 2 * 3 * 4 stay as they are"))
        .isEqualTo("snake_case_names and 2 * 3 * 4 stay as they are");
  }
}
