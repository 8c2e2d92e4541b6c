package dev.stepwise.domain.expr;

import static dev.stepwise.domain.analysis.AnalysisPhase.ERROR;
import static dev.stepwise.domain.analysis.AnalysisPhase.FAILED;
import static dev.stepwise.domain.analysis.AnalysisPhase.INCONCLUSIVE;
import static dev.stepwise.domain.analysis.AnalysisPhase.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.ResultAssessor;
import dev.stepwise.domain.analysis.ResultAssessor.Assessment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream EvaluateResult's truth table and its error messages (semantics §2.1). */
class ExprAssessorTest {
  private final ResultAssessor assessor = new ExprAssessor(Rows.CLOCK);

  @ParameterizedTest(name = "success={0} failure={1} result={2} → {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-,                 -,                  0.5, SUCCESSFUL",
        "result > 0.9,      -,                  0.95, SUCCESSFUL",
        "result > 0.9,      -,                  0.5, FAILED",
        "-,                 result > 0.9,       0.95, FAILED",
        "-,                 result > 0.9,       0.5, SUCCESSFUL",
        "result >= 0.90,    result < 0.50,      0.95, SUCCESSFUL",
        "result >= 0.90,    result < 0.50,      0.70, INCONCLUSIVE",
        "result >= 0.90,    result < 0.50,      0.30, FAILED",
        "result >= 0.10,    result < 0.50,      0.30, FAILED",
        "'  ',              -,                  0.30, SUCCESSFUL",
      })
  void truthTable(String success, String failure, double result, AnalysisPhase phase) {
    Assessment a = assessor.assess(success, failure, result);
    assertThat(a.phase()).isEqualTo(phase);
    assertThat(a.message()).isNull();
  }

  @Test
  void aNonBoolResultIsAnErrorNamingTheGoType() {
    assertError(
        "result",
        null,
        0.5,
        "could not evaluate successCondition \"result\": expected bool, but got float64");
    assertError(
        "result",
        null,
        "x",
        "could not evaluate successCondition \"result\": expected bool, but got string");
    assertError(
        "result",
        null,
        List.of(1.0),
        "could not evaluate successCondition \"result\": expected bool, but got []interface {}");
    assertError(
        "result",
        null,
        Map.of("a", 1.0),
        "could not evaluate successCondition \"result\": expected bool, but got map[string]interface {}");
    assertError(
        "result.a",
        null,
        Map.of("b", 1.0),
        "could not evaluate successCondition \"result.a\": expected bool, but got <nil>");
    assertError(
        "1 + 1",
        null,
        2.0,
        "could not evaluate successCondition \"1 + 1\": expected bool, but got int");
  }

  @Test
  void compileAndRunErrorsCarryExprsMessage() {
    assertError(
        "result >",
        null,
        1.0,
        "could not evaluate successCondition \"result >\": unexpected token EOF");
    assertError(
        null,
        "result[3] > 1",
        List.of(1.0),
        "could not evaluate failureCondition \"result[3] > 1\": index out of range: 3 (array length is 1)");
    assertError(
        "asInt(result) > 1",
        null,
        "n/a",
        "could not evaluate successCondition \"asInt(result) > 1\": strconv.ParseInt: parsing \"n/a\": invalid syntax");
  }

  @Test
  void aSuccessConditionErrorWinsOverTheFailureCondition() {
    assertError(
        "result.x > 1",
        "result >",
        1.0,
        "could not evaluate successCondition \"result.x > 1\": cannot fetch x from float64");
  }

  @Test
  void nilOrEmptyResultsExplainThemselves() {
    String noData = "metric result is nil or empty: no data returned from the metric provider";
    assertError(
        "result[0] >= 0.95",
        null,
        List.of(),
        "could not evaluate successCondition \"result[0] >= 0.95\": " + noData);
    assertError(
        "result < 0.05",
        null,
        null,
        "could not evaluate successCondition \"result < 0.05\": " + noData);
    assertError(
        null,
        "result > 10",
        null,
        "could not evaluate failureCondition \"result > 10\": " + noData);
  }

  @Test
  void defaultAndIsNilTurnANilResultIntoAVerdict() {
    assertThat(assessor.assess("default(result, 0) < 0.05", null, null).phase())
        .isEqualTo(SUCCESSFUL);
    assertThat(assessor.assess(null, "default(result, 0) > 4", null).phase()).isEqualTo(SUCCESSFUL);
    assertThat(assessor.assess(null, "default(result, 0) > 4", 5.0).phase()).isEqualTo(FAILED);
    assertThat(assessor.assess("isNil(result) || result < 0.95", null, null).phase())
        .isEqualTo(SUCCESSFUL);
    assertThat(assessor.assess("len(result) == 0 || result[0] >= 0.95", null, List.of()).phase())
        .isEqualTo(SUCCESSFUL);
  }

  @Test
  void javaIntegersAreGoInts() {
    assertThat(assessor.assess("result == 3 && result % 2 == 1", null, 3).phase())
        .isEqualTo(SUCCESSFUL);
    assertThat(assessor.assess("result[0] > 1", null, List.of(2, 3L)).phase())
        .isEqualTo(SUCCESSFUL);
  }

  @Test
  void theSameConditionGivesTheSameAnswerOnRepeatedUse() {
    for (int i = 0; i < 3; i++) {
      assertThat(assessor.assess("result > 1", null, 2.0).phase()).isEqualTo(SUCCESSFUL);
      assertThat(assessor.assess("result > 1", null, 0.0).phase()).isEqualTo(FAILED);
      assertThat(assessor.assess("result >", null, 0.0).phase()).isEqualTo(ERROR);
    }
    assertThat(INCONCLUSIVE.completed()).isTrue();
  }

  @Test
  void oneAssessorServesManyThreads() {
    ExprAssessor shared = new ExprAssessor(Rows.CLOCK);
    long wrong =
        java.util.stream.IntStream.range(0, 2_000)
            .parallel()
            .filter(
                i -> {
                  double r = (i % 100) / 100.0;
                  AnalysisPhase want = r >= 0.5 ? SUCCESSFUL : FAILED;
                  String cond = "result[0] >= 0.5 && all(result, # >= 0) && " + (i % 7) + " >= 0";
                  return shared.assess(cond, null, List.of(r, r)).phase() != want;
                })
            .count();
    assertThat(wrong).isZero();
  }

  private void assertError(String success, String failure, Object result, String message) {
    Assessment a = assessor.assess(success, failure, result);
    assertThat(a.phase()).isEqualTo(ERROR);
    assertThat(a.message()).isEqualTo(message);
  }
}
