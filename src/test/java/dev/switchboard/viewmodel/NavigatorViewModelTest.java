package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.ResourceDef;
import dev.switchboard.viewmodel.NavigatorViewModel.Group;
import org.junit.jupiter.api.Test;

class NavigatorViewModelTest {

  private final NavigatorViewModel nav = new NavigatorViewModel(TestApis.callCenter(TestApis.OAUTH));

  @Test
  void groupsListableResourcesByTagInDocumentOrderWithHumanTagLabels() {
    assertThat(nav.groups()).extracting(Group::tag).containsExactly("Calls", "User admin", "Other");
    assertThat(nav.groups().get(0).resources()).extracting(ResourceDef::label).containsExactly("Calls", "Recordings");
    assertThat(nav.visible()).extracting(ResourceDef::name)
        .containsExactly("calls", "recordings", "users", "teams", "settings")
        .doesNotContain("health");
  }

  @Test
  void theFilterMatchesLabelNameOrTagIgnoringCase() {
    nav.filterProperty().set("REC");
    assertThat(nav.visible()).extracting(ResourceDef::name).containsExactly("recordings");

    nav.filterProperty().set("user-admin");
    assertThat(nav.visible()).extracting(ResourceDef::name).containsExactly("users", "teams");
    assertThat(nav.groups()).extracting(Group::tag).containsExactly("User admin");

    nav.filterProperty().set("  ");
    assertThat(nav.visible()).hasSize(5);
  }

  @Test
  void aFilterThatMatchesNothingLeavesNoGroups() {
    nav.filterProperty().set("invoices");
    assertThat(nav.groups()).isEmpty();
    assertThat(nav.visible()).isEmpty();
  }

  @Test
  void tagsWrittenForCodeAreLabelledForPeople() {
    assertThat(NavigatorViewModel.tagLabel("user_admin")).isEqualTo("User admin");
    assertThat(NavigatorViewModel.tagLabel("")).isEqualTo("Other");
    assertThat(NavigatorViewModel.tagLabel(null)).isEqualTo("Other");
    assertThat(NavigatorViewModel.tagLabel("Calls")).isEqualTo("Calls");
  }
}
