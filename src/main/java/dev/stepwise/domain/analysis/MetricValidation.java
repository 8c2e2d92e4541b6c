package dev.stepwise.domain.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Upstream's checks of resolved metrics and of the dryRun / measurementRetention rules. */
public final class MetricValidation {
  private MetricValidation() {}

  /** The first problem in upstream's order and wording (e.g. {@code metrics[1]: ...}), or null. */
  public static String validate(List<MetricSpec> metrics) {
    if (metrics.isEmpty()) {
      return "no metrics specified";
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < metrics.size(); i++) {
      MetricSpec m = metrics.get(i);
      if (!names.add(m.name())) {
        return "metrics[" + i + "]: duplicate name '" + m.name() + "'";
      }
      String problem = validate(m);
      if (problem != null) {
        return "metrics[" + i + "]: " + problem;
      }
    }
    return null;
  }

  static String validate(MetricSpec m) {
    int count = m.countValue();
    int failureLimit = m.failureLimitValue();
    int csl = m.consecutiveSuccessLimitValue();
    if (count > 0) {
      if (count < failureLimit) {
        return "count must be >= failureLimit";
      }
      if (count < m.inconclusiveLimitValue()) {
        return "count must be >= inconclusiveLimit";
      }
      if (csl > 0 && count < Math.max(failureLimit, 0) + csl) {
        return "count must be >= failureLimit + consecutiveSuccessLimit";
      }
    }
    if (count > 1 && MetricSpec.isBlank(m.interval())) {
      return "interval must be specified when count > 1";
    }
    String bad = badDuration(m.interval());
    if (bad != null) {
      return "invalid interval string: " + bad;
    }
    bad = badDuration(m.initialDelay());
    if (bad != null) {
      return "invalid startDelay string: " + bad;
    }
    if (m.consecutiveErrorLimitValue() < 0) {
      return "consecutiveErrorLimit must be >= 0";
    }
    if (m.provider().isEmpty()) {
      return "no provider specified";
    }
    if (m.provider().size() > 1) {
      return "multiple providers specified";
    }
    return null;
  }

  private static String badDuration(String s) {
    try {
      Durations.parseOrNull(s);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * The names of dryRun metrics. Each rule is a regex matched anywhere in the name (Go's {@code
   * regexp.MatchString}) and must match at least one metric.
   */
  public static Set<String> dryRunMetrics(List<String> rules, List<MetricSpec> metrics) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      Pattern p = compile("dryRun[" + i + "]", rules.get(i));
      int matched = 0;
      for (MetricSpec m : metrics) {
        if (p.matcher(m.name()).find()) {
          out.add(m.name());
          matched++;
        }
      }
      if (matched == 0) {
        throw new AnalysisSpecException("dryRun[" + i + "]: Rule didn't match any metric name(s)");
      }
    }
    return out;
  }

  /** Metric name → measurements to keep; a later rule overrides an earlier one. */
  public static Map<String, Integer> retentionLimits(
      List<RunSpec.Retention> rules, List<MetricSpec> metrics) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      Pattern p = compile("measurementRetention[" + i + "]", rules.get(i).metricName());
      int matched = 0;
      for (MetricSpec m : metrics) {
        if (p.matcher(m.name()).find()) {
          out.put(m.name(), rules.get(i).limit());
          matched++;
        }
      }
      if (matched == 0) {
        throw new AnalysisSpecException(
            "measurementRetention[" + i + "]: Rule didn't match any metric name(s)");
      }
    }
    return out;
  }

  private static Pattern compile(String where, String regex) {
    try {
      return Pattern.compile(regex == null ? "" : regex);
    } catch (PatternSyntaxException e) {
      throw new AnalysisSpecException(where + ": invalid metricName regex: " + e.getDescription());
    }
  }
}
