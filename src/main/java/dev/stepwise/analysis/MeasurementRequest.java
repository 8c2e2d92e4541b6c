package dev.stepwise.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Everything a provider needs for one measurement.
 *
 * @param namespace the AnalysisRun's namespace
 * @param runName the AnalysisRun's name
 * @param runUid the AnalysisRun's uid (the Job provider names Jobs after it)
 * @param metricName the metric's name
 * @param measurementIndex count + error + 1 of the metric so far (the Job provider's suffix)
 * @param config the metric's {@code provider.<type>} object, as decoded JSON (Map/List/String/
 *     Number/Boolean), with {@code {{args.x}}} already substituted, secrets included
 * @param interval the metric's interval, or null (Datadog/Kayenta look-back windows)
 * @param runStartedAt the run's status.startedAt (Kayenta lookback), or null
 * @param now the measurement time
 * @param secrets reads Secrets (providers that read credentials from a Secret)
 * @param controllerNamespace where provider Secrets live (datadog, newrelic, wavefront, influxdb)
 */
public record MeasurementRequest(
    String namespace,
    String runName,
    String runUid,
    String metricName,
    int measurementIndex,
    Map<String, Object> config,
    Duration interval,
    Instant runStartedAt,
    Instant now,
    SecretLookup secrets,
    String controllerNamespace) {}
