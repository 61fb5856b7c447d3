package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link RefResolver}. */
class RefResolverTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI MAIN = URI.create("file:/specs/main.json");

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("The inline test JSON does not parse: " + e.getMessage(), e);
    }
  }

  private static JsonNode ref(String target) {
    return JSON.createObjectNode().put("$ref", target);
  }

  private static RefResolver local(String schemas) {
    return new RefResolver(tree("{\"components\": {\"schemas\": {" + schemas + "}}}"), MAIN,
        location -> {
          throw new DocumentException("no files in this test: " + location);
        });
  }

  /** A resolver over {@code main} whose loader serves {@code files} by absolute URI and records each load. */
  private static RefResolver withFiles(String main, Map<String, String> files, List<URI> loads) {
    return new RefResolver(tree(main), MAIN, location -> {
      loads.add(location);
      String text = files.get(location.toString());
      if (text == null) {
        throw new DocumentException(location + ": no such file.");
      }
      return tree(text);
    });
  }

  @Test
  void nodeWithoutRefIsItself() {
    RefResolver refs = local("");
    JsonNode node = tree("{\"type\": \"string\"}");
    assertThat(refs.resolve(node)).isSameAs(node);
  }

  @Test
  void localRefResolvesToItsTarget() {
    RefResolver refs = local("\"Call\": {\"type\": \"object\", \"title\": \"Call\"}");
    assertThat(refs.resolve(ref("#/components/schemas/Call")).path("title").asText()).isEqualTo("Call");
  }

  @Test
  void chainOfRefsIsFollowedToItsEnd() {
    RefResolver refs = local("""
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/C"},
        "C": {"type": "integer"}""");
    assertThat(refs.resolve(ref("#/components/schemas/A")).path("type").asText()).isEqualTo("integer");
    assertThat(refs.problems()).isEmpty();
  }

  @Test
  void resolvingIsMemoised() {
    RefResolver refs = local("\"Call\": {\"type\": \"object\"}");
    JsonNode first = refs.resolve(ref("#/components/schemas/Call"));
    assertThat(refs.resolve(ref("#/components/schemas/Call"))).isSameAs(first);
  }

  @Test
  void referencedFileIsLoadedOnce() {
    List<URI> loads = new ArrayList<>();
    RefResolver refs = withFiles("{}", Map.of("file:/specs/pets.json",
        "{\"Pet\": {\"type\": \"object\"}, \"Owner\": {\"type\": \"string\"}}"), loads);
    refs.resolve(ref("pets.json#/Pet"));
    refs.resolve(ref("pets.json#/Pet"));
    refs.resolve(ref("./pets.json#/Owner"));
    assertThat(loads).containsExactly(URI.create("file:/specs/pets.json"));
  }

  @Test
  void nothingIsLoadedUntilARefIsRead() {
    List<URI> loads = new ArrayList<>();
    withFiles("{\"a\": {\"$ref\": \"pets.json#/Pet\"}}", Map.of(), loads);
    assertThat(loads).isEmpty();
  }

  @Test
  void relativeRefsInAReferencedFileResolveAgainstThatFile() {
    List<URI> loads = new ArrayList<>();
    RefResolver refs = withFiles("{}", Map.of(
        "file:/specs/schemas/pet.json", """
            {"Pet": {"type": "object", "properties": {
              "owner": {"$ref": "#/Owner"}, "vet": {"$ref": "vet.json#/Vet"}}},
             "Owner": {"type": "object", "title": "Owner"}}""",
        "file:/specs/schemas/vet.json", "{\"Vet\": {\"type\": \"object\", \"title\": \"Vet\"}}"), loads);
    JsonNode pet = refs.resolve(ref("schemas/pet.json#/Pet"));
    assertThat(refs.resolve(pet.at("/properties/owner")).path("title").asText()).isEqualTo("Owner");
    assertThat(refs.resolve(pet.at("/properties/vet")).path("title").asText()).isEqualTo("Vet");
    assertThat(refs.problems()).isEmpty();
  }

  @Test
  void unreadableFileGivesMissingNodeAndAProblemSentence() {
    RefResolver refs = withFiles("{}", Map.of(), new ArrayList<>());
    assertThat(refs.resolve(ref("gone.json#/Pet")).isMissingNode()).isTrue();
    assertThat(refs.problems()).extracting(dev.switchboard.model.Diagnostic::message).singleElement().asString()
        .contains("file:/specs/gone.json").contains("could not be read");
  }

  @Test
  void refLoopEndsInMissingNodeWithAProblemSentence() {
    RefResolver refs = local("""
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"}""");
    assertThat(refs.resolve(ref("#/components/schemas/A")).isMissingNode()).isTrue();
    assertThat(refs.problems()).extracting(dev.switchboard.model.Diagnostic::message).singleElement().asString()
        .contains("#/components/schemas/A").contains("#/components/schemas/B").contains("loops back");
  }

  @Test
  void selfRefEndsInMissingNode() {
    RefResolver refs = local("\"A\": {\"$ref\": \"#/components/schemas/A\"}");
    assertThat(refs.resolve(ref("#/components/schemas/A")).isMissingNode()).isTrue();
    assertThat(refs.problems()).hasSize(1);
  }

  @Test
  void missingTargetEndsInMissingNodeWithAProblemSentence() {
    RefResolver refs = local("\"Call\": {\"type\": \"object\"}");
    assertThat(refs.resolve(ref("#/components/schemas/Cal")).isMissingNode()).isTrue();
    assertThat(refs.problems()).extracting(dev.switchboard.model.Diagnostic::message).singleElement().asString()
        .contains("'#/components/schemas/Cal'").contains("points to nothing");
  }

  @Test
  void sameMissingTargetIsReportedOnce() {
    RefResolver refs = local("");
    refs.resolve(ref("#/components/schemas/Nope"));
    refs.resolve(ref("#/components/schemas/Nope"));
    assertThat(refs.problems()).hasSize(1);
  }

  @Test
  void malformedPointerIsAMissingTarget() {
    RefResolver refs = local("");
    assertThat(refs.resolve(ref("#components/schemas/Call")).isMissingNode()).isTrue();
    assertThat(refs.problems()).hasSize(1);
  }

  @Test
  void jsonPointerEscapesAreDecoded() {
    RefResolver refs = local("""
        "a/b": {"title": "slash"},
        "c~d": {"title": "tilde"},
        "~1": {"title": "tilde one"}""");
    assertThat(refs.resolve(ref("#/components/schemas/a~1b")).path("title").asText()).isEqualTo("slash");
    assertThat(refs.resolve(ref("#/components/schemas/c~0d")).path("title").asText()).isEqualTo("tilde");
    assertThat(refs.resolve(ref("#/components/schemas/~01")).path("title").asText()).isEqualTo("tilde one");
  }

  @Test
  void refToAPathUsesEscapedSlashes() {
    RefResolver refs = new RefResolver(tree("{\"paths\": {\"/calls/{id}\": {\"summary\": \"one call\"}}}"), MAIN,
        location -> {
          throw new DocumentException("none");
        });
    assertThat(refs.resolve(ref("#/paths/~1calls~1{id}")).path("summary").asText()).isEqualTo("one call");
  }

  @Test
  void componentNameIsTheLastPointerToken() {
    assertThat(RefResolver.componentName(ref("#/components/schemas/Call"))).contains("Call");
    assertThat(RefResolver.componentName(ref("#/components/schemas/Call-Input"))).contains("Call-Input");
    assertThat(RefResolver.componentName(ref("./schemas/pet.yaml#/Pet"))).contains("Pet");
  }

  @Test
  void componentNameDecodesEscapes() {
    assertThat(RefResolver.componentName(ref("#/components/schemas/a~1b"))).contains("a/b");
    assertThat(RefResolver.componentName(ref("#/components/schemas/c~0d"))).contains("c~d");
    assertThat(RefResolver.componentName(ref("#/components/schemas/~01"))).contains("~1");
  }

  @Test
  void nodeWithoutRefHasNoComponentName() {
    assertThat(RefResolver.componentName(tree("{\"type\": \"string\"}"))).isEmpty();
    assertThat(RefResolver.componentName(tree("{\"$ref\": 3}"))).isEmpty();
  }

  @Test
  void aProblemIsFiledAtTheReferenceItIsAbout() throws Exception {
    OpenApiDocument doc = InlineDocs.parse("{\"openapi\":\"3.1.0\",\"paths\":{},\"components\":{\"schemas\":"
        + "{\"A\":{\"$ref\":\"#/components/schemas/Missing\"}}}}");
    doc.refs().resolve(doc.root().at("/components/schemas/A"));
    assertThat(doc.refs().problems()).singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo("#/components/schemas/Missing"));
  }
}
