package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  private final List<CustomResourceDefinition> crds =
      EmbeddedApiServer.fileCrds(SandboxFixtures.upstreamCrds());
  private final Discovery discovery = Discovery.of(crds, "127.0.0.1:1");

  @Test
  void coreGroupListsWhatControllersAndKubectlUse() {
    APIResourceList v1 = list("/api/v1");

    assertThat(v1.getGroupVersion()).isEqualTo("v1");
    assertThat(names(v1))
        .contains(
            "namespaces",
            "pods",
            "pods/eviction",
            "pods/status",
            "services",
            "configmaps",
            "secrets",
            "events");
    APIResource pods = find(v1, "pods");
    assertThat(pods.getShortNames()).containsExactly("po");
    assertThat(pods.getSingularName()).isEqualTo("pod");
    assertThat(pods.getNamespaced()).isTrue();
    assertThat(pods.getVerbs()).contains("create", "list", "watch", "patch", "deletecollection");
    APIResource eviction = find(v1, "pods/eviction");
    assertThat(eviction.getGroup()).isEqualTo("policy");
    assertThat(eviction.getKind()).isEqualTo("Eviction");
    assertThat(find(v1, "namespaces").getNamespaced()).isFalse();
  }

  @Test
  void argoGroupComesFromTheStoredCrds() {
    APIResourceList argo = list("/apis/argoproj.io/v1alpha1");

    assertThat(find(argo, "rollouts").getShortNames()).containsExactly("ro");
    assertThat(find(argo, "rollouts").getSingularName()).isEqualTo("rollout");
    assertThat(find(argo, "rollouts/status").getVerbs()).containsExactly("get", "patch", "update");
    assertThat(find(argo, "rollouts/scale").getKind()).isEqualTo("Scale");
    assertThat(find(argo, "rollouts/scale").getGroup()).isEqualTo("autoscaling");
    assertThat(find(argo, "clusteranalysistemplates").getNamespaced()).isFalse();
    assertThat(find(argo, "analysisruns").getShortNames()).containsExactly("ar");
    assertThat(find(argo, "experiments").getShortNames()).containsExactly("exp");
  }

  @Test
  void withoutCrdsTheArgoGroupIsNotServed() {
    Discovery bare = Discovery.of(List.of(), "127.0.0.1:1");

    assertThat(bare.document("/apis/argoproj.io/v1alpha1")).isEmpty();
    assertThat(bare.document("/apis/apps/v1")).isPresent();
  }

  @Test
  void groupListNamesEveryRequiredGroup() {
    APIGroupList groups =
        Serialization.unmarshal(discovery.document("/apis").orElseThrow(), APIGroupList.class);

    assertThat(groups.getGroups())
        .extracting(g -> g.getPreferredVersion().getGroupVersion())
        .contains(
            "apps/v1",
            "argoproj.io/v1alpha1",
            "apiextensions.k8s.io/v1",
            "coordination.k8s.io/v1",
            "events.k8s.io/v1",
            "batch/v1",
            "networking.k8s.io/v1",
            "policy/v1");
    assertThat(discovery.document("/apis/argoproj.io")).get().asString().contains("v1alpha1");
  }

  @Test
  void versionIsOneThatKubectlsDispatcherKnows() {
    assertThat(discovery.document("/version"))
        .get()
        .asString()
        .contains("\"major\":\"1\"", "\"minor\":\"32\"");
  }

  private APIResourceList list(String path) {
    return Serialization.unmarshal(discovery.document(path).orElseThrow(), APIResourceList.class);
  }

  private static List<String> names(APIResourceList list) {
    return list.getResources().stream().map(APIResource::getName).toList();
  }

  private static APIResource find(APIResourceList list, String name) {
    return list.getResources().stream()
        .filter(r -> r.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
