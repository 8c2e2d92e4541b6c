package dev.stepwise.domain.analysis;

import static dev.stepwise.domain.analysis.AnalysisPhase.ERROR;
import static dev.stepwise.domain.analysis.AnalysisPhase.FAILED;
import static dev.stepwise.domain.analysis.AnalysisPhase.INCONCLUSIVE;
import static dev.stepwise.domain.analysis.AnalysisPhase.PENDING;
import static dev.stepwise.domain.analysis.AnalysisPhase.RUNNING;
import static dev.stepwise.domain.analysis.AnalysisPhase.SUCCESSFUL;
import static dev.stepwise.domain.analysis.RunDriver.T0;
import static dev.stepwise.domain.analysis.RunDriver.metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream §2.3 step 5: a metric's phase from its counters, checked in order. */
class MetricAssessmentTest {

  /** A result whose last measurement has phase {@code last} and these counters. */
  private static MetricResult result(
      AnalysisPhase last, int count, int failed, int inconclusive, int consErr, int consSucc) {
    Measurement m = new Measurement(last, null, T0, last == RUNNING ? null : T0, null, null, null);
    return new MetricResult(
        "m",
        RUNNING,
        null,
        count,
        count - failed - inconclusive,
        failed,
        inconclusive,
        consErr,
        consErr,
        consSucc,
        false,
        List.of(m));
  }

  static Stream<Arguments> table() {
    MetricSpec plain = metric("m", "count", "5", "interval", "1m");
    MetricSpec limits =
        metric("m", "count", "10", "interval", "1m", "failureLimit", "2", "inconclusiveLimit", "1");
    MetricSpec errLimit = metric("m", "interval", "1m", "consecutiveErrorLimit", "2");
    MetricSpec noFail = metric("m", "count", "3", "interval", "1m", "failureLimit", "-1");
    MetricSpec csl = metric("m", "count", "5", "interval", "1m", "consecutiveSuccessLimit", "3");
    MetricSpec cslNoFail =
        metric(
            "m",
            "count",
            "5",
            "interval",
            "1m",
            "consecutiveSuccessLimit",
            "3",
            "failureLimit",
            "-1");
    MetricSpec endless = metric("m", "interval", "1m");
    return Stream.of(
        // spec, last, count, failed, inconclusive, consecutiveError, consecutiveSuccess,
        // terminating, expected
        Arguments.of(plain, RUNNING, 0, 0, 0, 0, 0, false, RUNNING),
        Arguments.of(plain, RUNNING, 2, 1, 0, 0, 0, true, RUNNING),
        Arguments.of(plain, SUCCESSFUL, 1, 1, 0, 0, 0, false, FAILED),
        Arguments.of(limits, FAILED, 2, 2, 0, 0, 0, false, RUNNING),
        Arguments.of(limits, FAILED, 3, 3, 0, 0, 0, false, FAILED),
        Arguments.of(limits, INCONCLUSIVE, 2, 0, 2, 0, 0, false, INCONCLUSIVE),
        // later checks override earlier ones: inconclusive beats failed, error beats both
        Arguments.of(limits, INCONCLUSIVE, 5, 3, 2, 0, 0, false, INCONCLUSIVE),
        Arguments.of(errLimit, ERROR, 0, 0, 0, 3, 0, false, ERROR),
        Arguments.of(errLimit, ERROR, 0, 0, 0, 2, 0, false, RUNNING),
        Arguments.of(limits, ERROR, 4, 3, 2, 5, 0, false, ERROR),
        Arguments.of(noFail, FAILED, 3, 3, 0, 0, 0, false, SUCCESSFUL),
        Arguments.of(plain, SUCCESSFUL, 5, 0, 0, 0, 5, false, SUCCESSFUL),
        Arguments.of(plain, SUCCESSFUL, 4, 0, 0, 0, 4, false, RUNNING),
        Arguments.of(plain, SUCCESSFUL, 4, 0, 0, 0, 4, true, SUCCESSFUL),
        Arguments.of(csl, SUCCESSFUL, 3, 0, 0, 0, 3, false, SUCCESSFUL),
        Arguments.of(csl, SUCCESSFUL, 5, 0, 0, 0, 2, false, INCONCLUSIVE),
        Arguments.of(cslNoFail, SUCCESSFUL, 5, 2, 0, 0, 2, false, FAILED),
        Arguments.of(endless, SUCCESSFUL, 100, 0, 0, 0, 100, false, RUNNING),
        Arguments.of(endless, SUCCESSFUL, 100, 0, 0, 0, 100, true, SUCCESSFUL),
        // count 0 without interval means exactly one measurement
        Arguments.of(metric("m"), SUCCESSFUL, 1, 0, 0, 0, 1, false, SUCCESSFUL));
  }

  @ParameterizedTest(name = "[{index}] last={1} count={2} failed={3} inc={4} cErr={5} cSucc={6}")
  @MethodSource("table")
  void phaseFollowsUpstreamOrder(
      MetricSpec spec,
      AnalysisPhase last,
      int count,
      int failed,
      int inconclusive,
      int consErr,
      int consSucc,
      boolean terminating,
      AnalysisPhase expected) {
    MetricResult r = result(last, count, failed, inconclusive, consErr, consSucc);
    assertThat(MetricAssessment.phase(spec, r, terminating)).isEqualTo(expected);
  }

  @Test
  void noMeasurementIsPendingOrSuccessfulWhenTerminating() {
    MetricSpec m = metric("m", "interval", "1m");
    assertThat(MetricAssessment.phase(m, null, false)).isEqualTo(PENDING);
    assertThat(MetricAssessment.phase(m, null, true)).isEqualTo(SUCCESSFUL);
  }

  @Test
  void verdictsCarryUpstreamReasons() {
    MetricSpec m = metric("m", "count", "10", "interval", "1m", "failureLimit", "1");
    assertThat(MetricAssessment.limitBreached(m, result(FAILED, 2, 2, 0, 0, 0)))
        .isEqualTo(new MetricAssessment.Verdict(FAILED, "failed (2) > failureLimit (1)"));
    assertThat(MetricAssessment.limitBreached(m, result(INCONCLUSIVE, 1, 0, 1, 0, 0)).reason())
        .isEqualTo("inconclusive (1) > inconclusiveLimit (0)");
    assertThat(MetricAssessment.limitBreached(m, result(ERROR, 0, 0, 0, 5, 0)).reason())
        .isEqualTo("consecutiveErrors (5) > consecutiveErrorLimit (4)");
    assertThat(MetricAssessment.limitBreached(m, result(FAILED, 1, 1, 0, 0, 0))).isNull();
  }

  @Test
  void effectiveCount() {
    assertThat(metric("m").effectiveCount()).isEqualTo(1);
    assertThat(metric("m", "count", "0").effectiveCount()).isEqualTo(1);
    assertThat(metric("m", "interval", "1m").effectiveCount()).isNull();
    assertThat(metric("m", "interval", "1m", "count", "3").effectiveCount()).isEqualTo(3);
    // an unparseable IntOrString string is 0, as Go's IntValue
    assertThat(metric("m", "count", "three").effectiveCount()).isEqualTo(1);
  }
}
