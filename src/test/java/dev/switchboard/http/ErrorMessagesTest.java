package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.field;
import static dev.switchboard.http.TestResources.filter;
import static dev.switchboard.http.TestResources.html;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.map;
import static dev.switchboard.http.TestResources.object;
import static dev.switchboard.http.TestResources.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.FieldError;
import dev.switchboard.data.ApiProblem.FieldError.Location;
import dev.switchboard.data.ApiProblem.Kind;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Record;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ResourceDef;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server said goes to the person as a sentence, and to the form as field errors. */
class ErrorMessagesTest {

  private static final Record CALL = Record.of(map("id", 7L, "notes", "x"));

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final ResourceDef resource = calls()
      .fields(field("notes", FieldType.TEXT), object("address", field("city", FieldType.STRING)),
          field("tags", FieldType.ARRAY))
      .filters(filter("status__in", "status", FilterOp.IN))
      .build();
  private HttpBackend backend;

  @BeforeEach
  void open() {
    backend = TestResources.open(server, api(resource));
  }

  @AfterEach
  void close() {
    backend.close();
  }

  private ApiProblem createFailing(MockResponse answer) {
    server.enqueue(answer);
    return problem(backend.records().create(resource, map("notes", "x".repeat(2001))));
  }

  private String host() {
    return server.getHostName() + ":" + server.getPort();
  }

  // ---- FastAPI 422 ----

  @Test
  void aPydanticV2TooLongBecomesAFieldErrorAndASentence() {
    ApiProblem problem = createFailing(json(422, "{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\","
        + "\"notes\"],\"msg\":\"String should have at most 2000 characters\",\"input\":\"xxx\",\"ctx\":"
        + "{\"max_length\":2000}}]}"));

    assertThat(problem.kind()).isEqualTo(Kind.VALIDATION);
    assertThat(problem.status()).isEqualTo(OptionalInt.of(422));
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record: Notes is too long (2,000"
        + " characters at most).");
    assertThat(problem.fieldErrors()).containsExactly(new FieldError("notes", Location.BODY,
        "is too long (2,000 characters at most)", Optional.of("string_too_long")));
  }

  @Test
  void aPydanticV1TooLongReadsTheSame() {
    ApiProblem problem = createFailing(json(422, "{\"detail\":[{\"loc\":[\"body\",\"notes\"],\"msg\":\"ensure this"
        + " value has at most 2000 characters\",\"type\":\"value_error.any_str.max_length\",\"ctx\":"
        + "{\"limit_value\":2000}}]}"));

    assertThat(problem.kind()).isEqualTo(Kind.VALIDATION);
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record: Notes is too long (2,000"
        + " characters at most).");
    assertThat(problem.fieldErrors()).extracting(FieldError::field, FieldError::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("notes", Location.BODY));
  }

  @Test
  void aNestedLocationBecomesADottedPathLabelledLikeTheForm() {
    ApiProblem problem = createFailing(json(422, "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\","
        + "\"address\",\"city\"],\"msg\":\"Field required\",\"input\":{}}]}"));

    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("address.city");
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record: Address › City is required.");
  }

  @Test
  void anIndexedLocationNamesTheItem() {
    ApiProblem problem = createFailing(json(422, "{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\","
        + "\"tags\",2],\"msg\":\"String should have at most 20 characters\",\"ctx\":{\"max_length\":20}}]}"));

    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("tags.2");
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record: Tags (item 3) is too long"
        + " (20 characters at most).");
  }

  @Test
  void severalErrorsAreJoinedInOneSentence() {
    ApiProblem problem = createFailing(json(422, "{\"detail\":["
        + "{\"type\":\"missing\",\"loc\":[\"body\",\"address\",\"city\"],\"msg\":\"Field required\"},"
        + "{\"type\":\"value_error\",\"loc\":[\"body\",\"notes\"],\"msg\":\"Value error, no links allowed.\"}]}"));

    assertThat(problem.fieldErrors()).hasSize(2);
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record: Address › City is required;"
        + " Notes: no links allowed.");
  }

  @Test
  void aQueryLocationIsTheFiltersParameterLabelledByItsField() {
    server.enqueue(json(422, "{\"detail\":[{\"type\":\"enum\",\"loc\":[\"query\",\"status__in\"],\"msg\":\"Input"
        + " should be 'answered' or 'missed'\",\"ctx\":{\"expected\":\"'answered' or 'missed'\"}}]}"));

    ApiProblem problem = problem(backend.records().list(resource,
        ListQuery.firstPage().withFilter(Filter.in("status", List.of("lost")))));

    assertThat(problem.kind()).isEqualTo(Kind.VALIDATION);
    assertThat(problem.fieldErrors()).containsExactly(new FieldError("status__in", Location.QUERY,
        "must be one of 'answered' or 'missed'", Optional.of("enum")));
    assertThat(problem.getMessage()).isEqualTo("The server rejected the Calls list: Status must be one of"
        + " 'answered' or 'missed'.");
  }

  @Test
  void anUpdateRejectionSpeaksOfTheChange() {
    server.enqueue(json(422, "{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"notes\"],\"msg\":"
        + "\"too long\",\"ctx\":{\"max_length\":2000}}]}"));

    ApiProblem problem = problem(backend.records().update(resource, CALL, map("notes", "x".repeat(2001))));

    assertThat(problem.getMessage()).startsWith("The server rejected the change: Notes is too long");
  }

  // ---- reasons in words ----

  @Test
  void aStringDetailIsQuotedAsTheReason() {
    ApiProblem problem = createFailing(json(400, "{\"detail\":\"Caller number is blocked\"}"));

    assertThat(problem.kind()).isEqualTo(Kind.REJECTED);
    assertThat(problem.serverMessage()).contains("Caller number is blocked");
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record (400 Bad Request). Its reason:"
        + " \"Caller number is blocked\".");
  }

  @Test
  void aProblemJsonDetailIsTheReason() {
    ApiProblem problem = createFailing(new MockResponse.Builder().code(409)
        .setHeader("Content-Type", "application/problem+json")
        .body("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"A call from this number"
            + " is already open\"}").build());

    assertThat(problem.kind()).isEqualTo(Kind.REJECTED);
    assertThat(problem.status()).isEqualTo(OptionalInt.of(409));
    assertThat(problem.getMessage()).isEqualTo("The server rejected the new record (409 Conflict). Its reason:"
        + " \"A call from this number is already open\".");
  }

  @Test
  void aProblemJsonTitleIsTheReasonWhenThereIsNoDetail() {
    ApiProblem problem = createFailing(new MockResponse.Builder().code(409)
        .setHeader("Content-Type", "application/problem+json").body("{\"title\":\"Duplicate call\"}").build());

    assertThat(problem.serverMessage()).contains("Duplicate call");
  }

  @Test
  void forbiddenSaysToAskAnAdministrator() {
    server.enqueue(json(403, "{\"detail\":\"Not enough permissions\"}"));

    ApiProblem problem = problem(backend.records().update(resource, CALL, map("notes", "y")));

    assertThat(problem.kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(problem.getMessage()).isEqualTo("You do not have permission to save the change. The server said:"
        + " \"Not enough permissions\". Ask an administrator for access.");
  }

  @Test
  void notFoundSaysTheRecordIsGone() {
    server.enqueue(json(404, "{\"detail\":\"Call not found\"}"));

    ApiProblem problem = problem(backend.records().get(resource, "7"));

    assertThat(problem.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(problem.getMessage()).isEqualTo("Not found: the record 7 does not exist (any more). The server"
        + " said: \"Call not found\". It may have been deleted; refresh and try again.");
  }

  @Test
  void tooLargeToSendSaysSo() {
    ApiProblem problem = createFailing(html(413, "<html><body>413 Request Entity Too Large</body></html>"));

    assertThat(problem.kind()).isEqualTo(Kind.REJECTED);
    assertThat(problem.status()).isEqualTo(OptionalInt.of(413));
    assertThat(problem.getMessage()).isEqualTo("The server refused the new record because it is too large.");
  }

  @Test
  void anHtmlErrorPageFromAProxyIsAServerErrorNamingTheHost() {
    server.enqueue(html(502, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center>"
        + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"));

    ApiProblem problem = problem(backend.records().list(resource, ListQuery.firstPage()));

    assertThat(problem.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(problem.serverMessage()).isEmpty();
    assertThat(problem.getMessage()).isEqualTo("The server at " + host() + " (or a proxy in front of it) failed"
        + " while trying to load the Calls list (502 Bad Gateway). Try again; if it keeps happening, tell whoever"
        + " runs the backend.");
    assertThat(problem.isTransient()).isTrue();
  }
}
