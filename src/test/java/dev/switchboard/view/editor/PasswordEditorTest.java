package dev.switchboard.view.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordEditorTest {

  @Test
  void strengthGrowsWithLengthAndKindsOfCharacters() {
    assertThat(PasswordEditor.strength("secret")).startsWith("weak");
    assertThat(PasswordEditor.strength("password12")).isEqualTo("fair");
    assertThat(PasswordEditor.strength("Correct-Horse-9")).isEqualTo("strong");
    assertThat(PasswordEditor.strength("correcthorsebatterystaple")).isEqualTo("strong");
  }
}
