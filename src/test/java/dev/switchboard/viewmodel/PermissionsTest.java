package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Session;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.SecurityRequirements;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

  private Session session = new Session("oauth", Optional.of("agent"), Set.of("calls:read", "calls:write"), true);
  private final Permissions permissions = new Permissions(() -> session);

  private static OperationDef op(String method, List<Map<String, List<String>>> alternatives) {
    return new OperationDef(OperationKind.UPDATE, method, "/calls/{id}", Optional.empty(), Optional.empty(),
        new SecurityRequirements(alternatives));
  }

  @Test
  void anOperationIsAllowedWhenItsScopesAreGranted() {
    assertThat(permissions.check(op("PATCH", List.of(Map.of("oauth", List.of("calls:write"))))).allowed()).isTrue();
  }

  @Test
  void aMissingScopeRefusesItAndNamesTheScope() {
    Permissions.Verdict verdict = permissions.check(op("DELETE", List.of(Map.of("oauth",
        List.of("calls:write", "calls:admin")))));

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reason()).isEqualTo("Needs the calls:admin permission");
  }

  @Test
  void anyOneAlternativeGrantsAccessAndARefusalNamesTheNearestOne() {
    assertThat(permissions.check(op("PATCH", List.of(Map.of("oauth", List.of("admin")),
        Map.of("oauth", List.of("calls:write")))))).isEqualTo(Permissions.Verdict.ALLOWED);
    assertThat(permissions.check(op("PATCH", List.of(Map.of("oauth", List.of("a", "b", "c")),
        Map.of("oauth", List.of("users:read", "users:admin"))))).reason())
        .isEqualTo("Needs the users:read and users:admin permissions");
  }

  @Test
  void alternativesOfAnotherSchemeAndAnonymousAccessAreLeftToTheServer() {
    assertThat(permissions.check(op("PATCH", List.of(Map.of("apiKey", List.of()))))).isEqualTo(
        Permissions.Verdict.ALLOWED);
    assertThat(permissions.check(op("PATCH", List.of(Map.of("oauth", List.of("nope")), Map.of())))).isEqualTo(
        Permissions.Verdict.ALLOWED);
  }

  @Test
  void withoutScopesFromTheServerEverythingIsAllowedUntilA403SaysOtherwise() {
    session = new Session("oauth", Optional.of("agent"), Set.of(), false);
    OperationDef delete = op("DELETE", List.of(Map.of("oauth", List.of("calls:admin"))));
    assertThat(permissions.check(delete).allowed()).isTrue();

    permissions.learnRefused("DELETE", "/calls/{id}", "You do not have permission to delete the record.");

    assertThat(permissions.check(delete)).isEqualTo(new Permissions.Verdict(false,
        "You do not have permission to delete the record."));
    assertThat(permissions.check(op("PATCH", List.of())).allowed()).as("another method on the same path").isTrue();
    assertThat(permissions.changesProperty().get()).isEqualTo(1);
  }

  @Test
  void aNewSessionForgetsWhatTheLastOneLearned() {
    OperationDef delete = op("DELETE", List.of());
    permissions.learnRefused("DELETE", "/calls/{id}", "Refused.");
    assertThat(permissions.check(delete).allowed()).isFalse();

    session = new Session("oauth", Optional.of("admin"), Set.of("calls:read", "calls:write"), true);

    assertThat(permissions.check(delete).allowed()).isTrue();
  }
}
