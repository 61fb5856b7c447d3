package dev.switchboard.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The demo backend stands alone: besides the JDK (its HTTP server and PBKDF2 included) it uses only Jackson, H2
 * through JDBC, networknt's validator and SLF4J, and nothing of Switchboard's client.
 */
class DemoIndependenceTest {

  @Test
  void theDemoUsesOnlyTheJdkJacksonH2NetworkntAndSlf4j() {
    JavaClasses demo = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.switchboard.demo");

    noClasses().should().dependOnClassesThat().resideOutsideOfPackages("dev.switchboard.demo..", "java..",
            "javax.crypto..", "com.sun.net.httpserver..", "com.fasterxml.jackson..", "org.h2..", "com.networknt..",
            "org.slf4j..")
        .check(demo);
  }
}
