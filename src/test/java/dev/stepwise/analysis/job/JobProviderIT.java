package dev.stepwise.analysis.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.Observation;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Job provider against the embedded API server, with the cluster simulator finishing Jobs by
 * image name (ordinary image → Complete, "fail" → Failed, "imagepull" → pod in ErrImagePull).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobProviderIT {
  private static final ResourceDefinitionContext ANALYSIS_RUNS =
      new ResourceDefinitionContext.Builder()
          .withGroup("argoproj.io")
          .withVersion("v1alpha1")
          .withKind("AnalysisRun")
          .withPlural("analysisruns")
          .withNamespaced(true)
          .build();

  private Sandbox sandbox;
  private KubernetesClient client;
  private JobProvider provider;
  private String runUid;

  @BeforeAll
  void start() throws IOException {
    Path shared = Path.of(System.getProperty("stepwise.shared", "../shared"));
    List<Path> crds;
    try (Stream<Path> files = Files.list(shared.resolve("argo/crds"))) {
      crds = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    sandbox =
        Sandbox.start(
            Sandbox.Options.in(Path.of("target", "sandbox-it", "job-provider"))
                .withCrdFiles(crds)
                .withSimulator(
                    ClusterSimulator.Settings.defaults().withReadyDelay(Duration.ofMillis(300))));
    client = sandbox.client();
    provider = new JobProvider(client, Map.of(), false);
    GenericKubernetesResource run =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("argoproj.io/v1alpha1")
            .withKind("AnalysisRun")
            .withNewMetadata()
            .withName("run-1")
            .withNamespace("default")
            .endMetadata()
            .addToAdditionalProperties("spec", Map.of("metrics", List.of()))
            .build();
    runUid =
        client
            .genericKubernetesResources(ANALYSIS_RUNS)
            .inNamespace("default")
            .resource(run)
            .create()
            .getMetadata()
            .getUid();
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  @SuppressWarnings("unchecked")
  private MeasurementRequest request(String metric, int n, String image) {
    String json =
        "{\"metadata\":{\"labels\":{\"team\":\"payments\"},\"annotations\":{\"note\":\"x\"}},"
            + "\"spec\":{\"backoffLimit\":0,\"template\":{\"spec\":{\"restartPolicy\":\"Never\","
            + "\"containers\":[{\"name\":\"check\",\"image\":\""
            + image
            + "\",\"command\":[\"sh\",\"-c\",\"exit 0\"]}]}}}}";
    return new MeasurementRequest(
        "default",
        "run-1",
        runUid,
        metric,
        n,
        (Map<String, Object>) Json.parse(json).orElseThrow().value(),
        null,
        null,
        Instant.now(),
        (ns, name) -> Optional.empty(),
        "argo-rollouts");
  }

  /** Runs, then resumes on the provider's schedule until decided. */
  private Observation measure(MeasurementRequest req) {
    Observation started = provider.run(req);
    assertThat(started.kind())
        .as(String.valueOf(started.message()))
        .isEqualTo(Observation.Kind.RUNNING);
    assertThat(started.resumeAt()).isAfter(req.now());
    AtomicReference<Observation> last = new AtomicReference<>(started);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              last.set(provider.resume(req, started.metadata()));
              return last.get().kind() != Observation.Kind.RUNNING;
            });
    return last.get();
  }

  private Job job(String name) {
    return client.batch().v1().jobs().inNamespace("default").withName(name).get();
  }

  @Test
  void aCompletedJobIsSuccessfulAndCarriesUpstreamNamesLabelsAndOwner() {
    MeasurementRequest req = request("smoke", 1, "registry.example/check:1");
    Observation o = measure(req);
    assertThat(o.kind()).isEqualTo(Observation.Kind.DECIDED);
    assertThat(o.phase()).isEqualTo(AnalysisPhase.SUCCESSFUL);
    String name = runUid + ".smoke.1";
    assertThat(o.metadata())
        .containsEntry("job-name", name)
        .containsEntry("job-namespace", "default");
    Job job = job(name);
    assertThat(job.getMetadata().getLabels())
        .containsEntry("analysisrun.argoproj.io/uid", runUid)
        .containsEntry("team", "payments");
    assertThat(job.getMetadata().getAnnotations())
        .containsEntry("analysisrun.argoproj.io/name", "run-1")
        .containsEntry("analysisrun.argoproj.io/namespace", "default")
        .containsEntry("analysisrun.argoproj.io/metric-name", "smoke")
        .containsEntry("note", "x");
    var owner = job.getMetadata().getOwnerReferences().get(0);
    assertThat(owner.getKind()).isEqualTo("AnalysisRun");
    assertThat(owner.getUid()).isEqualTo(runUid);
    assertThat(owner.getController()).isTrue();
    assertThat(job.getSpec().getBackoffLimit()).isZero();
  }

  @Test
  void aFailedJobIsFailedAndAPullErrorIsInconclusive() {
    assertThat(measure(request("fails", 1, "registry.example/check-fail:1")).phase())
        .isEqualTo(AnalysisPhase.FAILED);
    Observation pull = measure(request("pulls", 1, "registry.example/imagepull-missing:1"));
    assertThat(pull.phase()).isEqualTo(AnalysisPhase.INCONCLUSIVE);
    assertThat(pull.message()).contains("ErrImagePull");
  }

  @Test
  void terminateDeletesTheJob() {
    MeasurementRequest req = request("stuck", 1, "registry.example/imagepull-never:1");
    Observation started = provider.run(req);
    String name = started.metadata().get("job-name");
    assertThat(job(name)).isNotNull();
    Observation t = provider.terminate(req, started.metadata());
    assertThat(t.phase()).isEqualTo(AnalysisPhase.INCONCLUSIVE);
    assertThat(t.message()).isEqualTo("Metric Terminated");
    await().atMost(Duration.ofSeconds(10)).until(() -> job(name) == null);
  }

  @Test
  void garbageCollectionKeepsOnlyTheNewestJobsOfTheMetric() {
    for (int n = 1; n <= 3; n++) {
      assertThat(provider.run(request("gc", n, "registry.example/check:1")).kind())
          .isEqualTo(Observation.Kind.RUNNING);
    }
    provider.run(request("gc-other", 1, "registry.example/check:1"));
    provider.garbageCollect(request("gc", 4, "x"), 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> job(runUid + ".gc.1") == null && job(runUid + ".gc.2") == null);
    assertThat(job(runUid + ".gc.3")).isNotNull();
    assertThat(job(runUid + ".gc-other.1")).isNotNull();
  }

  @Test
  void longMetricNamesAreCutToKeepTheJobNameWithin63Characters() {
    String metric = "a-very-long-metric-name-that-goes-on-and-on";
    Observation o = provider.run(request(metric, 12, "registry.example/check:1"));
    String name = o.metadata().get("job-name");
    assertThat(name).hasSize(63).startsWith(runUid + ".a-very").endsWith(".12");
    assertThat(job(name)).isNotNull();
  }

  @Test
  void aForeignNamespaceHasNoOwnerAndABadSpecIsAnError() {
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("analysis-jobs")
                .endMetadata()
                .build())
        .create();
    JobProvider elsewhere =
        new JobProvider(client, Map.of(JobProvider.NAMESPACE_ENV, "analysis-jobs"), false);
    Observation o = elsewhere.run(request("remote", 1, "registry.example/check:1"));
    assertThat(o.metadata()).containsEntry("job-namespace", "analysis-jobs");
    Job job =
        client
            .batch()
            .v1()
            .jobs()
            .inNamespace("analysis-jobs")
            .withName(o.metadata().get("job-name"))
            .get();
    assertThat(job.getMetadata().getOwnerReferences()).isNullOrEmpty();

    MeasurementRequest bad = request("bad", 1, "x");
    bad.config().remove("spec");
    Observation err = provider.run(bad);
    assertThat(err.kind()).isEqualTo(Observation.Kind.ERROR);
    assertThat(err.message()).isEqualTo("job.spec is required");

    assertThat(
            provider.resume(bad, Map.of("job-name", "nope", "job-namespace", "default")).message())
        .contains("not found");
  }
}
