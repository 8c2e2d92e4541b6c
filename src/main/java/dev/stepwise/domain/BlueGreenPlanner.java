package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The desired ReplicaSet sizes and Service selectors of a blue-green rollout; pure. */
final class BlueGreenPlanner {
  private BlueGreenPlanner() {}

  static List<Desired.ReplicaSetTarget> targets(BlueGreenView v, Instant now) {
    RolloutState s = v.state();
    List<Desired.ReplicaSetTarget> out = new ArrayList<>();
    out.add(new Desired.ReplicaSetTarget(s.currentHash(), s.currentRevision(), v.newTarget(now)));
    if (v.stableRs() != null) {
      // the stable (previously active) revision keeps full size until the new one is stable
      out.add(new Desired.ReplicaSetTarget(s.stableHash(), s.stableRevision(), v.replicas()));
    }
    List<Integer> others = v.otherTargets(now);
    for (int i = 0; i < others.size(); i++) {
      ReplicaSetView rs = v.others().get(i);
      if (rs.specReplicas() > 0 || others.get(i) != rs.specReplicas()) {
        out.add(new Desired.ReplicaSetTarget(rs.podTemplateHash(), rs.revision(), others.get(i)));
      }
    }
    return out;
  }

  /** The selectors the Services must have: where the journal says they were switched to. */
  static List<Desired.ServiceTarget> services(RolloutState s) {
    BlueGreenSpec spec = Specs.blueGreen(s.spec());
    List<Desired.ServiceTarget> out = new ArrayList<>();
    if (spec == null) {
      return out;
    }
    if (s.bg().activeHash() != null) {
      out.add(
          new Desired.ServiceTarget(
              BlueGreenProgress.ACTIVE, spec.activeService(), s.bg().activeHash()));
    }
    if (spec.hasPreview() && s.bg().previewHash() != null) {
      out.add(
          new Desired.ServiceTarget(
              BlueGreenProgress.PREVIEW, spec.previewService(), s.bg().previewHash()));
    }
    return out;
  }
}
