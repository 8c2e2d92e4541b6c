package dev.stepwise.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layering of ARCHITECTURE.md true by test rather than by review. */
class LayeringTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.stepwise");

  @Test
  void domainDependsOnTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.stepwise.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "dev.stepwise.domain..")
        .because("the domain is pure: no Pekko, no fabric8, no Jackson (ARCHITECTURE.md)")
        .check(MAIN);
  }

  @Test
  void domainUsesNoOtherStepwisePackage() {
    noClasses()
        .that()
        .resideInAPackage("dev.stepwise.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.stepwise.entity..",
            "dev.stepwise.kube..",
            "dev.stepwise.app..",
            "dev.stepwise.cli..",
            "dev.stepwise.sandbox..",
            "dev.stepwise.api..")
        .check(MAIN);
  }

  @Test
  void kubeNeverTalksToPekko() {
    noClasses()
        .that()
        .resideInAPackage("dev.stepwise.kube..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.pekko..", "dev.stepwise.entity..")
        .because("kube/ hands commands to entities through the CommandSink port")
        .check(MAIN);
  }

  @Test
  void entityNeverTalksToKubernetes() {
    noClasses()
        .that()
        .resideInAPackage("dev.stepwise.entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.fabric8..", "dev.stepwise.kube..")
        .because("entities reach the API server only through the RolloutActuator port")
        .check(MAIN);
  }
}
