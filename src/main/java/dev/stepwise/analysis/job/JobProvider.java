package dev.stepwise.analysis.job;

import static dev.stepwise.analysis.job.JobNames.JOB_NAME;
import static dev.stepwise.analysis.job.JobNames.JOB_NAMESPACE;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.Observation;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job: creates a {@code batch/v1} Job from {@code provider.job.{metadata,spec}} and decides the
 * measurement from its conditions (Complete → Successful, Failed → Failed; a pod stuck pulling its
 * image → Inconclusive). Polls are spaced √(2·elapsed) seconds apart (at least 1 s). Terminate
 * deletes the Job (background propagation); GC deletes a metric's Jobs beyond the newest limit.
 */
public final class JobProvider implements MetricProvider {
  public static final String NAMESPACE_ENV = "ARGO_ROLLOUTS_ANALYSIS_JOB_NAMESPACE";
  private static final Logger LOG = LoggerFactory.getLogger(JobProvider.class);

  private final KubernetesClient client;
  private final Map<String, String> env;
  private final boolean foreignCluster;

  /**
   * @param client where Jobs are created
   * @param env the process environment (for {@value #NAMESPACE_ENV})
   * @param foreignCluster true when {@code client} targets another cluster than the AnalysisRun's
   *     (no ownerReference then, as upstream)
   */
  public JobProvider(KubernetesClient client, Map<String, String> env, boolean foreignCluster) {
    this.client = client;
    this.env = env;
    this.foreignCluster = foreignCluster;
  }

  @Override
  public String type() {
    return "job";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    try {
      String ns = namespace(request);
      boolean owned = !foreignCluster && ns.equals(request.namespace());
      Job job = JobTemplate.build(new Config(request.config(), "job"), request, client, ns, owned);
      Job created;
      try {
        created = client.batch().v1().jobs().inNamespace(ns).resource(job).create();
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        // a retried measurement after a crash: the Job from the first attempt is ours
        created =
            client.batch().v1().jobs().inNamespace(ns).withName(job.getMetadata().getName()).get();
      }
      Map<String, String> meta =
          Map.of(JOB_NAME, created.getMetadata().getName(), JOB_NAMESPACE, ns);
      return Observation.running(meta, request.now().plus(Duration.ofSeconds(1)));
    } catch (Config.BadConfig | ProviderFailure e) {
      return Observation.error(e.getMessage(), Map.of());
    } catch (KubernetesClientException e) {
      return Observation.error("could not create job: " + apiMessage(e), Map.of());
    } catch (RuntimeException e) {
      return Observation.error("could not create job: " + e, Map.of());
    }
  }

  @Override
  public Observation resume(MeasurementRequest request, Map<String, String> metadata) {
    String name = metadata.get(JOB_NAME);
    String ns = metadata.getOrDefault(JOB_NAMESPACE, namespace(request));
    if (name == null) {
      return Observation.error("measurement has no job-name to poll", metadata);
    }
    try {
      Job job = client.batch().v1().jobs().inNamespace(ns).withName(name).get();
      if (job == null) {
        return Observation.error("job " + ns + "/" + name + " not found", metadata);
      }
      JobStatus.Outcome outcome = JobStatus.outcome(client, job);
      if (outcome != null) {
        return Observation.decided(outcome.phase(), null, metadata, outcome.message());
      }
      return Observation.running(metadata, request.now().plus(nextPoll(job, request.now())));
    } catch (KubernetesClientException e) {
      return Observation.error(
          "could not read job " + ns + "/" + name + ": " + apiMessage(e), metadata);
    } catch (RuntimeException e) {
      return Observation.error("could not read job " + ns + "/" + name + ": " + e, metadata);
    }
  }

  @Override
  public Observation terminate(MeasurementRequest request, Map<String, String> metadata) {
    String name = metadata.get(JOB_NAME);
    String ns = metadata.getOrDefault(JOB_NAMESPACE, namespace(request));
    if (name != null) {
      try {
        client
            .batch()
            .v1()
            .jobs()
            .inNamespace(ns)
            .withName(name)
            .withPropagationPolicy(DeletionPropagation.BACKGROUND)
            .delete();
      } catch (KubernetesClientException e) {
        return Observation.error(
            "could not terminate job " + ns + "/" + name + ": " + apiMessage(e), metadata);
      }
    }
    return Observation.decided(AnalysisPhase.INCONCLUSIVE, null, metadata, "Metric Terminated");
  }

  @Override
  public void garbageCollect(MeasurementRequest request, int limit) {
    String ns = namespace(request);
    try {
      List<Job> jobs =
          client
              .batch()
              .v1()
              .jobs()
              .inNamespace(ns)
              .withLabel(JobNames.UID_LABEL, request.runUid())
              .list()
              .getItems()
              .stream()
              .filter(j -> request.metricName().equals(annotation(j, JobNames.METRIC_ANNOTATION)))
              .sorted(
                  Comparator.comparing((Job j) -> created(j))
                      .thenComparing(j -> index(j.getMetadata().getName()))
                      .reversed())
              .toList();
      for (Job old : jobs.subList(Math.min(Math.max(limit, 0), jobs.size()), jobs.size())) {
        client
            .batch()
            .v1()
            .jobs()
            .inNamespace(ns)
            .withName(old.getMetadata().getName())
            .withPropagationPolicy(DeletionPropagation.BACKGROUND)
            .delete();
      }
    } catch (KubernetesClientException e) {
      // GC is retried on the next reconcile; a failure here must not fail the run
      LOG.warn("job garbage collection for {}/{} failed: {}", ns, request.runName(), apiMessage(e));
    }
  }

  private String namespace(MeasurementRequest request) {
    String override = env.get(NAMESPACE_ENV);
    return override == null || override.isBlank() ? request.namespace() : override;
  }

  /** √(2·elapsed) seconds since the Job was created, at least one second. */
  static Duration nextPoll(Job job, Instant now) {
    Instant createdAt = created(job);
    double elapsed =
        createdAt == null ? 0 : Math.max(0, Duration.between(createdAt, now).toMillis() / 1000.0);
    return Duration.ofMillis(Math.max(1000, Math.round(Math.sqrt(2 * elapsed) * 1000)));
  }

  private static Instant created(Job j) {
    String ts = j.getMetadata().getCreationTimestamp();
    try {
      return ts == null ? Instant.EPOCH : Instant.parse(ts);
    } catch (RuntimeException e) {
      return Instant.EPOCH;
    }
  }

  /** The {@code .<n>} suffix: orders Jobs created within the same second. */
  private static long index(String name) {
    try {
      return Long.parseLong(name.substring(name.lastIndexOf('.') + 1));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String annotation(Job j, String key) {
    var a = j.getMetadata().getAnnotations();
    return a == null ? null : a.get(key);
  }

  private static String apiMessage(KubernetesClientException e) {
    return e.getStatus() != null && e.getStatus().getMessage() != null
        ? e.getStatus().getMessage()
        : e.getMessage();
  }
}
