package dev.stepwise.analysis.job;

/** Job naming and the labels/annotations tying a Job to its AnalysisRun (upstream's keys). */
final class JobNames {
  static final String UID_LABEL = "analysisrun.argoproj.io/uid";
  static final String NAME_ANNOTATION = "analysisrun.argoproj.io/name";
  static final String NAMESPACE_ANNOTATION = "analysisrun.argoproj.io/namespace";
  static final String METRIC_ANNOTATION = "analysisrun.argoproj.io/metric-name";
  static final String JOB_NAME = "job-name";
  static final String JOB_NAMESPACE = "job-namespace";
  static final int MAX_NAME = 63;

  private JobNames() {}

  /**
   * {@code <uid>.<metric>.<n>}; the metric name is cut so the whole stays within 63 characters (a
   * Job name becomes a pod label value, which is limited to 63).
   */
  static String jobName(String runUid, String metric, int n) {
    String suffix = "." + n;
    int room = MAX_NAME - runUid.length() - 1 - suffix.length();
    String m =
        metric.length() > Math.max(room, 0) ? metric.substring(0, Math.max(room, 0)) : metric;
    return runUid + "." + m + suffix;
  }
}
