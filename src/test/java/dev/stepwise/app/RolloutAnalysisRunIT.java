package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.TemplateSpec;
import dev.stepwise.entity.analysis.AnalysisRunner;
import dev.stepwise.entity.analysis.AnalysisRuntime;
import dev.stepwise.entity.analysis.ChildAnalysisRunner;
import dev.stepwise.kube.analysis.KubeAnalysisEnvironment;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rollout's analysis run through {@link ChildAnalysisRunner}, as the Rollout entity will ask for
 * it: templates resolved from the API server, the AnalysisRun object created with upstream's
 * labels, annotation, owner and spec (Secret arguments as references), reports to the parent, and a
 * missing template reported as Error with the API server's NotFound wording.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolloutAnalysisRunIT {
  private static final String TOKEN = "rollout-token-5d1c";

  @TempDir static Path dir;
  private ControllerHarness h;
  private ActorTestKit kit;
  private ExecutorService threads;
  private ChildAnalysisRunner runner;
  private AnalysisRuns.Stub stub;

  @BeforeAll
  void start() {
    h = new ControllerHarness(dir);
    kit =
        ActorTestKit.create(
            EventSourcedBehaviorTestKit.config()
                .withFallback(ConfigFactory.parseString("pekko.actor.provider = local"))
                .withFallback(ConfigFactory.load()));
    threads = Executors.newFixedThreadPool(4);
    runner =
        new ChildAnalysisRunner(
            new AnalysisRuntime(
                KubeAnalysisEnvironment.standard(
                    h.client(), Clock.systemUTC(), Map.of(), "argo-rollouts"),
                Clock.systemUTC(),
                threads,
                threads,
                100));
    stub = new AnalysisRuns.Stub();
    stub.body.set("{\"value\": 1}");
    h.client()
        .secrets()
        .inNamespace(ControllerHarness.NS)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("api")
                .endMetadata()
                .withStringData(Map.of("token", TOKEN))
                .build())
        .create();
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata:
          name: success-rate
          namespace: default
        spec:
          args:
          - name: url
          - name: token
          metrics:
          - name: ok
            count: 2
            interval: 500ms
            successCondition: result == 1
            provider:
              web:
                url: "{{args.url}}"
                headers:
                - key: Authorization
                  value: "Bearer {{args.token}}"
                jsonPath: "{$.value}"
        """);
    h.createRollout("owner", 1, "demo:blue", "- pause: {}");
    h.awaitFirstHealthy("owner");
  }

  @AfterAll
  void stop() {
    stub.close();
    kit.shutdownTestKit();
    threads.shutdownNow();
    h.close();
  }

  private static AnalysisRequest request(String runName, String template) {
    return new AnalysisRequest(
        ControllerHarness.NS,
        "owner",
        runName,
        RolloutRuns.Kind.STEP,
        0,
        "abc123",
        2,
        List.of(new TemplateSpec.Ref(template, false)),
        List.of(ArgSpec.secret("token", "api", "token")),
        List.of(),
        List.of(),
        Map.of("team", "payments"),
        Map.of());
  }

  private ActorRef<AnalysisRunner.Command> startAsChild(
      AnalysisRequest request, ActorRef<AnalysisRunner.Report> replyTo) {
    AtomicReference<ActorRef<AnalysisRunner.Command>> ref = new AtomicReference<>();
    kit.spawn(
        Behaviors.setup(
            ctx -> {
              ref.set(runner.start(ctx, request, replyTo));
              // asking again is idempotent: the same child
              assertThat(runner.start(ctx, request, replyTo)).isEqualTo(ref.get());
              return Behaviors.empty();
            }));
    return ref.get();
  }

  @Test
  void aStepRunIsCreatedOwnedByTheRolloutMeasuredAndReported() {
    TestProbe<AnalysisRunner.Report> probe = kit.createTestProbe();
    AnalysisRequest base = request("owner-abc123-2-0", "success-rate");
    AnalysisRequest req =
        new AnalysisRequest(
            base.namespace(),
            base.rolloutName(),
            base.runName(),
            base.kind(),
            base.stepIndex(),
            base.podTemplateHash(),
            base.revision(),
            base.templates(),
            List.of(ArgSpec.of("url", stub.url("/ok")), ArgSpec.secret("token", "api", "token")),
            base.dryRun(),
            base.retention(),
            base.labels(),
            base.annotations());
    startAsChild(req, probe.ref());

    AnalysisRunner.Report running =
        probe.expectMessageClass(AnalysisRunner.Report.class, Duration.ofSeconds(20));
    assertThat(running.phase()).isEqualTo(AnalysisPhase.RUNNING);
    AnalysisRunner.Report done =
        probe.expectMessageClass(AnalysisRunner.Report.class, Duration.ofSeconds(30));
    assertThat(done)
        .isEqualTo(new AnalysisRunner.Report("owner-abc123-2-0", AnalysisPhase.SUCCESSFUL, null));
    assertThat(stub.lastAuthorization.get()).isEqualTo("Bearer " + TOKEN);

    GenericKubernetesResource run = AnalysisRuns.get(h.client(), "owner-abc123-2-0");
    assertThat(run.getMetadata().getLabels())
        .containsEntry("rollout-type", "Step")
        .containsEntry("step-index", "0")
        .containsEntry("rollouts-pod-template-hash", "abc123")
        .containsEntry("team", "payments");
    assertThat(run.getMetadata().getAnnotations())
        .containsEntry("rollout.argoproj.io/revision", "2");
    assertThat(run.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("Rollout");
              assertThat(o.getName()).isEqualTo("owner");
              assertThat(o.getUid()).isEqualTo(h.rollout("owner").getMetadata().getUid());
              assertThat(o.getController()).isTrue();
            });
    String json = h.client().getKubernetesSerialization().asJson(run);
    assertThat(json).doesNotContain(TOKEN).contains("secretKeyRef");
    // the report comes from the journaled state; the status projection follows it
    Map<String, Object> status = AnalysisRuns.awaitCompleted(h.client(), "owner-abc123-2-0");
    assertThat(status).containsEntry("phase", "Successful");
    assertThat(AnalysisRuns.measurements(status, "ok")).hasSize(2);
  }

  @Test
  void aMissingTemplateIsReportedAsErrorWithTheNotFoundMessage() {
    TestProbe<AnalysisRunner.Report> probe = kit.createTestProbe();
    startAsChild(request("owner-abc123-2-1", "absent"), probe.ref());
    AnalysisRunner.Report r =
        probe.expectMessageClass(AnalysisRunner.Report.class, Duration.ofSeconds(20));
    assertThat(r.phase()).isEqualTo(AnalysisPhase.ERROR);
    assertThat(r.message()).isEqualTo("analysistemplate.argoproj.io \"absent\" not found");
    assertThat(AnalysisRuns.get(h.client(), "owner-abc123-2-1")).isNull();
  }
}
