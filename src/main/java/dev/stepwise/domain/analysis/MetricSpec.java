package dev.stepwise.domain.analysis;

import java.util.Map;

/**
 * One metric of a template or run ({@code spec.metrics[]}), as written: numeric fields stay strings
 * because upstream allows {@code "{{args.x}}"} in them (IntOrString); read them through the
 * accessors once arguments are substituted.
 *
 * @param name metric name
 * @param interval Go duration between measurements, or null
 * @param initialDelay Go duration before the first measurement, or null
 * @param count number of measurements (int or string), or null
 * @param successCondition expression, or null
 * @param failureCondition expression, or null
 * @param failureLimit int or string, or null (0; -1 disables)
 * @param inconclusiveLimit int or string, or null (0)
 * @param consecutiveErrorLimit int or string, or null (4)
 * @param consecutiveSuccessLimit int or string, or null (0 = off)
 * @param provider the decoded {@code provider} object: one key (prometheus, web, job, plugin, ...)
 *     mapped to its JSON config as maps, lists, strings, numbers and booleans
 */
public record MetricSpec(
    String name,
    String interval,
    String initialDelay,
    String count,
    String successCondition,
    String failureCondition,
    String failureLimit,
    String inconclusiveLimit,
    String consecutiveErrorLimit,
    String consecutiveSuccessLimit,
    Map<String, Object> provider) {

  /** Upstream's default consecutiveErrorLimit. */
  public static final int DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

  public MetricSpec {
    provider = provider == null ? Map.of() : provider;
  }

  /** The provider key when exactly one is set (e.g. "prometheus"), else null. */
  public String providerType() {
    return provider.size() == 1 ? provider.keySet().iterator().next() : null;
  }

  /** The single provider's config, or an empty map. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> providerConfig() {
    String type = providerType();
    return type != null && provider.get(type) instanceof Map<?, ?> m
        ? (Map<String, Object>) m
        : Map.of();
  }

  public int countValue() {
    return intValue(count, 0);
  }

  public int failureLimitValue() {
    return intValue(failureLimit, 0);
  }

  public int inconclusiveLimitValue() {
    return intValue(inconclusiveLimit, 0);
  }

  public int consecutiveErrorLimitValue() {
    return intValue(consecutiveErrorLimit, DEFAULT_CONSECUTIVE_ERROR_LIMIT);
  }

  public int consecutiveSuccessLimitValue() {
    return intValue(consecutiveSuccessLimit, 0);
  }

  /**
   * Upstream's {@code EffectiveCount}: the count, or 1 when the count is 0/absent and there is no
   * interval; null when the metric runs until terminated (interval without count).
   */
  public Integer effectiveCount() {
    int c = countValue();
    if (c == 0) {
      return isBlank(interval) ? 1 : null;
    }
    return c;
  }

  /** A copy with every field passed through {@code f} (argument substitution). */
  public MetricSpec map(java.util.function.UnaryOperator<String> f, Map<String, Object> prov) {
    return new MetricSpec(
        f.apply(name),
        f.apply(interval),
        f.apply(initialDelay),
        f.apply(count),
        f.apply(successCondition),
        f.apply(failureCondition),
        f.apply(failureLimit),
        f.apply(inconclusiveLimit),
        f.apply(consecutiveErrorLimit),
        f.apply(consecutiveSuccessLimit),
        prov);
  }

  /**
   * Go's {@code IntOrString.IntValue}: absent → the default; a string that is not an integer → 0
   * (as {@code strconv.Atoi} with its error ignored).
   */
  static int intValue(String s, int absent) {
    if (s == null) {
      return absent;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
