package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Test helper around the fabric8 mock API server in CRUD mode: registers the upstream Rollout CRD
 * (so the status subresource behaves like a real API server), creates objects from the fixtures,
 * and runs the CLI against it.
 */
final class MockCluster {
  final KubernetesClient client;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  MockCluster(KubernetesClient client) {
    this.client = client;
    Path crd =
        Path.of(System.getProperty("stepwise.shared", "../shared"), "argo/crds/rollout-crd.yaml");
    try (FileInputStream in = new FileInputStream(crd.toFile())) {
      client.apiextensions().v1().customResourceDefinitions().load(in).create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the CLI in namespace "default" with its own client to the mock server. */
  int run(String... args) {
    String[] withNamespace = new String[args.length + 2];
    withNamespace[0] = "-n";
    withNamespace[1] = "default";
    System.arraycopy(args, 0, withNamespace, 2, args.length);
    return cli().execute(withNamespace);
  }

  StepwiseCli cli() {
    return new StepwiseCli(new PrintWriter(out, true), new PrintWriter(err, true))
        .withClientFactory(
            options ->
                ClientFactory.forConfig(
                    new ConfigBuilder(client.getConfiguration())
                        .withRequestTimeout(10_000)
                        .withRequestRetryBackoffLimit(0)
                        .build()));
  }

  /** Creates the Rollout (spec via create, status via the status subresource, as on a cluster). */
  JsonNode createRollout(JsonNode rollout) {
    ObjectNode body = rollout.deepCopy();
    JsonNode status = body.remove("status");
    GenericKubernetesResource created =
        client
            .genericKubernetesResources(RolloutClient.ROLLOUTS)
            .inNamespace("default")
            .resource(Serialization.unmarshal(body.toString(), GenericKubernetesResource.class))
            .create();
    if (status != null) {
      ObjectNode patch = Json.MAPPER.createObjectNode();
      patch.set("status", status);
      rolloutResource(created.getMetadata().getName())
          .subresource("status")
          .patch(PatchContext.of(PatchType.JSON_MERGE), patch.toString());
    }
    return rollout(created.getMetadata().getName());
  }

  JsonNode rollout(String name) {
    return Json.tree(rolloutResource(name).get());
  }

  io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource> rolloutResource(
      String name) {
    return client
        .genericKubernetesResources(RolloutClient.ROLLOUTS)
        .inNamespace("default")
        .withName(name);
  }

  /** Creates a fixture ReplicaSet owned by the Rollout with {@code ownerUid}; returns its uid. */
  String createReplicaSet(JsonNode fixture, String ownerUid) {
    ObjectNode rs = fixture.deepCopy();
    ObjectNode meta = (ObjectNode) rs.get("metadata");
    meta.remove("uid");
    meta.remove("creationTimestamp");
    ((ObjectNode) meta.get("ownerReferences").get(0)).put("uid", ownerUid);
    ReplicaSet created =
        client
            .apps()
            .replicaSets()
            .inNamespace("default")
            .resource(Serialization.unmarshal(rs.toString(), ReplicaSet.class))
            .create();
    return created.getMetadata().getUid();
  }

  /** Creates a fixture Pod owned by the ReplicaSet with {@code ownerUid}. */
  void createPod(JsonNode fixture, String ownerUid) {
    ObjectNode pod = fixture.deepCopy();
    ObjectNode meta = (ObjectNode) pod.get("metadata");
    meta.remove("uid");
    meta.remove("creationTimestamp");
    ((ObjectNode) meta.get("ownerReferences").get(0)).put("uid", ownerUid);
    client
        .pods()
        .inNamespace("default")
        .resource(Serialization.unmarshal(pod.toString(), Pod.class))
        .create();
  }
}
