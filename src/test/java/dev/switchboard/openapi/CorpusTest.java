package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.model.SortDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every real document in {@code ../shared/specs}: none throws, and each gives the resources and list
 * capabilities found by reading the document by hand (the expectations below say where they come from).
 * The folder sits beside the project on developer machines and in CI; this test fails without it in CI.
 */
class CorpusTest {

  private static final Path SPECS = Path.of("..", "shared", "specs");

  @BeforeAll
  static void requireSpecs() {
    String missing = SPECS.toAbsolutePath().normalize() + " is missing: the corpus tests need the shared"
        + " OpenAPI documents beside the project.";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(Files.isDirectory(SPECS)).as(missing).isTrue();
    }
    Assumptions.assumeTrue(Files.isDirectory(SPECS), missing);
  }

  private static AdminApi read(String name) throws DocumentException {
    return OpenApiReader.read(DocumentLoader.withDefaults(), DocumentSource.of(SPECS.resolve(name).toString()));
  }

  private static ResourceDef resource(AdminApi api, String name) {
    return api.resource(name).orElseThrow(() -> new AssertionError("no resource '" + name + "' among "
        + api.resources().stream().map(ResourceDef::name).toList()));
  }

  private static ListCapabilities list(ResourceDef resource) {
    return resource.list().orElseThrow(() -> new AssertionError(resource.name() + " has no list"));
  }

  @Test
  void everyOpenApi3DocumentReadsWithoutThrowingAndGivesResources() throws Exception {
    try (Stream<Path> files = Files.list(SPECS)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(json|yaml)$")).sorted().toList()) {
        if (file.getFileName().toString().startsWith("harbor")) {
          continue; // Swagger 2.0, refused by design: see swagger2IsRefusedWithAConversionHint
        }
        AdminApi api = read(file.getFileName().toString());
        assertThat(api.resources()).as(file.toString()).isNotEmpty();
      }
    }
  }

  @Test
  void fullStackTemplateHasItsFiveCrudResourcesWithDataCountEnvelopes() throws Exception {
    AdminApi api = read("fastapi-fullstack-template-fork.openapi.json");
    assertThat(api.resources()).extracting(ResourceDef::name)
        .containsExactlyInAnyOrder("documents", "users", "items", "exams", "exam-attempts");
    ResourceDef items = resource(api, "items");
    assertThat(items.collectionPath()).contains("/api/v1/items/");
    assertThat(items.itemPath()).contains("/api/v1/items/{id}");
    assertThat(items.operations()).containsKeys(OperationKind.LIST, OperationKind.GET, OperationKind.CREATE,
        OperationKind.REPLACE, OperationKind.DELETE);
    var paging = list(items).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.SKIP_LIMIT);
    assertThat(paging.itemsField()).contains("data");
    assertThat(paging.totalField()).contains("count");
    // /exam-attempts/{id} (GET) and /exam-attempts/{attempt_id} (PATCH) are one item.
    ResourceDef attempts = resource(api, "exam-attempts");
    assertThat(attempts.operation(OperationKind.UPDATE).orElseThrow().path())
        .isEqualTo("/api/v1/exam-attempts/{attempt_id}");
    assertThat(api.security()).singleElement().satisfies(s -> {
      assertThat(s.type()).isEqualTo(SecurityDef.Type.OAUTH2_PASSWORD);
      assertThat(s.tokenUrl()).contains("/api/v1/login/access-token");
    });
  }

  @Test
  void prefectUnderPydanticV1HasFlowsAndListsByPostFilter() throws Exception {
    AdminApi api = read("prefect-2.6-server.openapi.json");
    ResourceDef flows = resource(api, "flows");
    assertThat(flows.collectionPath()).contains("/api/flows/");
    assertThat(flows.operations()).containsKeys(OperationKind.GET, OperationKind.CREATE, OperationKind.UPDATE,
        OperationKind.DELETE);
    // Prefect lists with POST /flows/filter, an action here; /flows/name/{name} is a lookup action.
    assertThat(flows.actions()).extracting(ActionDef::name).contains("filter", "name", "count");
    // pydantic v1: optional fields are not in `required`, and come out nullable.
    assertThat(flows.field("tags").orElseThrow().nullable()).isTrue();
    assertThat(api.title()).isEqualTo("prefect-2.6-server.openapi.json");
  }

  @Test
  void polarListsPageWithLimitAndANestedTotalAndSortsBySortingEnum() throws Exception {
    AdminApi api = read("polar-2026-04.openapi.json");
    ResourceDef organizations = resource(api, "organizations");
    assertThat(organizations.collectionPath()).contains("/v1/organizations/");
    var paging = list(organizations).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.PAGE_SIZE);
    assertThat(paging.params()).containsEntry("page", "page").containsEntry("size", "limit");
    assertThat(paging.itemsField()).contains("items");
    assertThat(paging.totalField()).contains("pagination.total_count");
    SortDef sort = list(organizations).sort().orElseThrow();
    assertThat(sort.param()).isEqualTo("sorting");
    assertThat(sort.style()).isEqualTo(SortDef.Style.MINUS_PREFIX);
    assertThat(sort.fields()).contains("created_at", "name").doesNotContain("-created_at");
    // Customers are a oneOf of individual and team kinds: the shared fields, with the discriminator.
    ResourceDef customers = resource(api, "customers");
    assertThat(customers.field("type").orElseThrow().enumValues()).contains("individual", "team");
    assertThat(customers.idField()).contains("id");
    assertThat(list(customers).searchParam()).contains("query");
    // Path-name clashes: the customer portal's orders get a qualified name, the top-level ones keep it.
    assertThat(resource(api, "orders").collectionPath()).contains("/v1/orders/");
    assertThat(resource(api, "customer-portal-orders").collectionPath()).contains("/v1/customer-portal/orders/");
  }

  @Test
  void lettaListsAreBareArraysWithCursorsAndADirectionParameter() throws Exception {
    AdminApi api = read("letta.openapi.json");
    ResourceDef agents = resource(api, "agents");
    assertThat(agents.collectionPath()).contains("/v1/agents/");
    assertThat(agents.operations()).containsKeys(OperationKind.LIST, OperationKind.GET, OperationKind.CREATE,
        OperationKind.UPDATE, OperationKind.DELETE);
    var paging = list(agents).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.CURSOR);
    assertThat(paging.params()).containsEntry("cursor", "after").containsEntry("before", "before");
    assertThat(paging.itemsField()).isEmpty();
    SortDef sort = list(agents).sort().orElseThrow();
    assertThat(sort.param()).isEqualTo("order_by");
    assertThat(sort.style()).isEqualTo(SortDef.Style.DIRECTION_PARAM);
    assertThat(sort.directionParam()).contains("order");
    assertThat(api.security()).extracting(SecurityDef::type).containsExactly(SecurityDef.Type.HTTP_BEARER);
  }

  @Test
  void keepListsAreArraysAndItsThreeAuthSchemesAreRead() throws Exception {
    AdminApi api = read("keep.openapi.json");
    ResourceDef alerts = resource(api, "alerts");
    assertThat(alerts.itemPath()).contains("/alerts/{fingerprint}");
    assertThat(alerts.idField()).contains("fingerprint");
    assertThat(list(alerts).pagination().itemsField()).isEmpty();
    assertThat(api.security()).extracting(SecurityDef::name, SecurityDef::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("API Key", SecurityDef.Type.API_KEY),
        org.assertj.core.groups.Tuple.tuple("HTTPBasic", SecurityDef.Type.HTTP_BASIC),
        org.assertj.core.groups.Tuple.tuple("OAuth2PasswordBearer", SecurityDef.Type.OAUTH2_PASSWORD));
    assertThat(api.securityScheme("API Key").orElseThrow().paramName()).contains("X-API-KEY");
  }

  @Test
  void dispatchResourcesSitUnderTheOrganizationAndSortWithVuetifyArrays() throws Exception {
    AdminApi api = read("netflix-dispatch.openapi.yaml");
    ResourceDef incidents = resource(api, "incidents");
    assertThat(incidents.collectionPath()).contains("/{organization}/incidents");
    assertThat(incidents.parentParams()).containsExactly("organization");
    assertThat(incidents.operations()).containsKeys(OperationKind.LIST, OperationKind.GET, OperationKind.CREATE,
        OperationKind.REPLACE, OperationKind.DELETE);
    ListCapabilities list = list(incidents);
    assertThat(list.pagination().style()).isEqualTo(PagingStyle.PAGE_SIZE);
    assertThat(list.pagination().params()).containsEntry("size", "itemsPerPage");
    assertThat(list.sort().orElseThrow().style()).isEqualTo(SortDef.Style.PARALLEL_ARRAYS);
    assertThat(list.sort().orElseThrow().directionParam()).contains("descending[]");
    assertThat(list.searchParam()).contains("q");
    // The JSON `filter` expression cannot be built by a form: reported, not offered.
    assertThat(list.filters()).noneMatch(f -> f.param().equals("filter"));
    ResourceDef caseTypes = resource(api, "case_types");
    assertThat(list(caseTypes).pagination().itemsField()).contains("items");
    assertThat(list(caseTypes).pagination().totalField()).contains("total");
  }

  @Test
  void pagerDutyEnvelopesBuiltWithAllOfAreFound() throws Exception {
    AdminApi api = read("pagerduty-rest.openapi.json");
    ResourceDef users = resource(api, "users");
    var paging = list(users).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.LIMIT_OFFSET);
    assertThat(paging.itemsField()).contains("users");
    assertThat(paging.totalField()).contains("total");
    assertThat(list(users).searchParam()).contains("query");
    assertThat(users.operations()).containsKeys(OperationKind.LIST, OperationKind.GET, OperationKind.CREATE,
        OperationKind.REPLACE, OperationKind.DELETE);
    assertThat(api.security()).singleElement().satisfies(s -> {
      assertThat(s.type()).isEqualTo(SecurityDef.Type.API_KEY);
      assertThat(s.paramName()).contains("Authorization");
    });
  }

  @Test
  void petstoreKeepsCamelCaseIdsAndFindersAreActions() throws Exception {
    AdminApi api = read("swagger-petstore-v3.openapi.yaml");
    ResourceDef pet = resource(api, "pet");
    assertThat(pet.itemPath()).contains("/pet/{petId}");
    assertThat(pet.idParam()).contains("petId");
    assertThat(pet.actions()).extracting(ActionDef::name).contains("findByStatus", "findByTags");
    assertThat(resource(api, "user").idField()).contains("username");
  }

  @Test
  void swagger2IsRefusedWithAConversionHint() {
    assertThatThrownBy(() -> read("harbor-v2.swagger.yaml"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("Swagger 2.0")
        .hasMessageContaining("Convert it first");
  }
}
