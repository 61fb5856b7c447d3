package dev.switchboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package directions of ARCHITECTURE.md, enforced. Rules on packages that have no classes yet
 * allow being empty, so they guard those packages from their first class on.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.switchboard";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(classes);
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    check(noClasses().that().resideInAPackage(ROOT + ".model..")
        .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java.."));
  }

  @Test
  void theSchemaEngineSeesOnlyTheModelJacksonSnakeYamlAndTheJdk() {
    check(noClasses().that().resideInAPackage(ROOT + ".openapi..")
        .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".openapi..", ROOT + ".model..",
            "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "java.."));
  }

  @Test
  void theDataContractSeesOnlyTheModel() {
    check(noClasses().that().resideInAPackage(ROOT + ".data..")
        .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".data..", ROOT + ".model..", "java.."));
  }

  @Test
  void theHttpLayerNeverSeesJavaFxOrTheUi() {
    check(noClasses().that().resideInAPackage(ROOT + ".http..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".view..", ROOT + ".viewmodel..",
            ROOT + ".openapi..", ROOT + ".app..", ROOT + ".demo.."));
  }

  @Test
  void viewModelsUseJavaFxPropertiesButNoNodes() {
    check(noClasses().that().resideInAPackage(ROOT + ".viewmodel..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
            ROOT + ".view..", ROOT + ".http..", ROOT + ".openapi..", ROOT + ".app..", ROOT + ".demo.."));
  }

  @Test
  void viewsNeverSeeHttpJsonOrOpenApi() {
    check(noClasses().that().resideInAPackage(ROOT + ".view..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".http..", ROOT + ".openapi..",
            ROOT + ".app..", ROOT + ".demo..", "com.fasterxml.jackson..", "okhttp3.."));
  }

  @Test
  void theDemoBackendKnowsNothingOfTheClient() {
    check(noClasses().that().resideInAPackage(ROOT + ".demo..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".model..", ROOT + ".openapi..",
            ROOT + ".data..", ROOT + ".http..", ROOT + ".viewmodel..", ROOT + ".view..", ROOT + ".app.."));
  }

  @Test
  void nothingImportsTheApp() {
    check(noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".app.."));
  }

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
        .allowEmptyShould(true).check(classes);
  }
}
