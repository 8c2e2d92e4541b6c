package dev.stepwise.kube.spec;

import dev.stepwise.domain.ConditionView;
import dev.stepwise.domain.ObservedStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the user-writable status fields, the conditions and who last wrote the status. */
final class StatusMapper {
  private StatusMapper() {}

  static ObservedStatus observed(Map<String, Object> status, Map<String, Object> metadata) {
    Decoder d = new Decoder(); // status problems are not spec errors: read them as absent
    List<?> pauses = d.list(status, "pauseConditions", "status.pauseConditions");
    return new ObservedStatus(
        d.bool(status, "abort", "status.abort"),
        d.bool(status, "promoteFull", "status.promoteFull"),
        pauses == null ? 0 : pauses.size(),
        d.bool(status, "controllerPause", "status.controllerPause"),
        d.int32(status, "currentStepIndex", "status.currentStepIndex"),
        d.string(status, "currentPodHash", "status.currentPodHash"),
        d.string(status, "currentStepHash", "status.currentStepHash"),
        statusManager(metadata),
        KubeTime.orNull(status.get("restartedAt")));
  }

  /**
   * The manager of the most recent managedFields entry that touched the status (the "status"
   * subresource, or fields under {@code f:status}); by {@code time}, and for equal or missing times
   * the later entry in the list, as the API server appends the newest.
   */
  static String statusManager(Map<String, Object> metadata) {
    if (!(metadata.get("managedFields") instanceof List<?> entries)) {
      return null;
    }
    String manager = null;
    Instant latest = Instant.MIN;
    for (Object e : entries) {
      if (e instanceof Map<?, ?> entry && touchesStatus(entry)) {
        Instant time = KubeTime.orNull(entry.get("time"));
        Instant at = time == null ? Instant.MIN : time;
        if (!at.isBefore(latest) && entry.get("manager") instanceof String m) {
          manager = m;
          latest = at;
        }
      }
    }
    return manager;
  }

  private static boolean touchesStatus(Map<?, ?> entry) {
    return "status".equals(entry.get("subresource"))
        || (entry.get("fieldsV1") instanceof Map<?, ?> fields && fields.containsKey("f:status"));
  }

  static List<ConditionView> conditions(Map<String, Object> status) {
    if (!(status.get("conditions") instanceof List<?> raw)) {
      return List.of();
    }
    List<ConditionView> out = new ArrayList<>();
    for (Object c : raw) {
      if (c instanceof Map<?, ?> m && m.get("type") instanceof String type) {
        out.add(
            new ConditionView(
                type,
                text(m.get("status")),
                text(m.get("reason")),
                text(m.get("message")),
                KubeTime.orNull(m.get("lastTransitionTime")),
                KubeTime.orNull(m.get("lastUpdateTime"))));
      }
    }
    return List.copyOf(out);
  }

  private static String text(Object v) {
    return v instanceof String s ? s : null;
  }
}
