package dev.stepwise.analysis;

import dev.stepwise.analysis.datadog.DatadogProvider;
import dev.stepwise.analysis.graphite.GraphiteProvider;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.analysis.influxdb.InfluxdbProvider;
import dev.stepwise.analysis.job.JobClients;
import dev.stepwise.analysis.job.JobProvider;
import dev.stepwise.analysis.kayenta.KayentaProvider;
import dev.stepwise.analysis.newrelic.NewRelicProvider;
import dev.stepwise.analysis.prometheus.PrometheusProvider;
import dev.stepwise.analysis.wavefront.WavefrontProvider;
import dev.stepwise.analysis.web.WebProvider;
import dev.stepwise.domain.analysis.Observation;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The providers Stepwise ships, by {@code metric.provider} key. Every key resolves: the nine
 * supported ones to their provider, {@code cloudWatch}, {@code skywalking} and {@code plugin} (and
 * any unknown key) to a provider that answers a clear Error, so a run never crashes on them.
 */
public final class MetricProviders {
  /** Upstream provider keys Stepwise does not implement. */
  public static final Set<String> UNSUPPORTED = Set.of("cloudWatch", "skywalking", "plugin");

  private final Map<String, MetricProvider> byType = new LinkedHashMap<>();

  /**
   * @param http the HTTP client of the HTTP providers
   * @param jobClient where the Job provider creates Jobs
   * @param foreignJobCluster whether {@code jobClient} targets another cluster than the runs
   * @param env the environment, for upstream's fallbacks (never read from System.getenv here)
   */
  public MetricProviders(
      HttpTransport http,
      KubernetesClient jobClient,
      boolean foreignJobCluster,
      Map<String, String> env) {
    for (MetricProvider p :
        List.of(
            new PrometheusProvider(http, env),
            new WebProvider(http),
            new JobProvider(jobClient, env, foreignJobCluster),
            new DatadogProvider(http, env),
            new NewRelicProvider(http),
            new WavefrontProvider(http),
            new KayentaProvider(http),
            new GraphiteProvider(http),
            new InfluxdbProvider(http))) {
      byType.put(p.type(), p);
    }
  }

  /**
   * The production wiring: the JDK HTTP client, and Jobs in the runs' cluster unless {@code env}
   * has {@value JobClients#KUBECONFIG_ENV}.
   */
  public static MetricProviders standard(KubernetesClient client, Map<String, String> env) {
    KubernetesClient jobClient = JobClients.forEnv(client, env);
    return new MetricProviders(new JdkHttpTransport(), jobClient, jobClient != client, env);
  }

  /** The provider for a {@code metric.provider} key; never null. */
  public MetricProvider forType(String type) {
    MetricProvider p = byType.get(type);
    return p != null ? p : new Unsupported(type);
  }

  /** The supported keys, in upstream's order. */
  public Set<String> supported() {
    return byType.keySet();
  }

  private record Unsupported(String type) implements MetricProvider {
    @Override
    public Observation run(MeasurementRequest request) {
      String message =
          UNSUPPORTED.contains(type)
              ? "metric provider " + type + " is not supported by Stepwise"
              : "unknown metric provider " + type;
      return Observation.error(message, Map.of());
    }

    @Override
    public Observation resume(MeasurementRequest request, Map<String, String> metadata) {
      return run(request);
    }
  }
}
