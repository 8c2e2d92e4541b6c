package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ImageUpdateTest {
  private ObjectNode rollout() {
    ObjectNode ro = Fixtures.rollout(Fixtures.json("canary-paused.json"));
    ObjectNode podSpec = (ObjectNode) ro.at("/spec/template/spec");
    podSpec.withArray("containers").addObject().put("name", "sidecar").put("image", "envoy:1");
    podSpec.withArray("initContainers").addObject().put("name", "app").put("image", "migrate:1");
    return ro;
  }

  @Test
  void replacesTheImageOfEveryContainerWithThatNameAndNothingElse() {
    assertThat(ImageUpdate.patch(rollout(), "app", "nginx:2"))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/spec/template/spec/initContainers/0/name\",\"value\":\"app\"},"
                + "{\"op\":\"replace\",\"path\":\"/spec/template/spec/initContainers/0/image\",\"value\":\"nginx:2\"},"
                + "{\"op\":\"test\",\"path\":\"/spec/template/spec/containers/0/name\",\"value\":\"app\"},"
                + "{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\",\"value\":\"nginx:2\"}]");
  }

  @Test
  void starMatchesAllContainers() {
    assertThat(ImageUpdate.patch(rollout(), "*", "x:1"))
        .contains("containers/1/image", "containers/0/image", "initContainers/0/image");
  }

  @Test
  void unknownContainerIsAnError() {
    assertThatThrownBy(() -> ImageUpdate.patch(rollout(), "db", "x:1"))
        .isInstanceOf(CliException.class)
        .hasMessage("unable to find container named \"db\"");
  }
}
