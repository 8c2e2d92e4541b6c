package dev.stepwise.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Metric providers are plain blocking code: no actors, no entity internals. */
class AnalysisLayeringTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.stepwise");

  @Test
  void analysisUsesNeitherPekkoNorTheEntity() {
    noClasses()
        .that()
        .resideInAPackage("dev.stepwise.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.pekko..", "dev.stepwise.entity..")
        .because("providers run off the actor dispatcher and are injected, not wired to actors")
        .check(MAIN);
  }
}
