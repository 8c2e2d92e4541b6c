package dev.stepwise.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a {@link RolloutInfo} as the upstream plugin's {@code get rollout} does. */
final class RolloutPrinter {
  private static final String TABLE = "%-17s%s%n";
  private static final Map<String, Integer> COLORS =
      Map.of(
          Icons.PROGRESSING,
          94,
          Icons.WARNING,
          31,
          Icons.UNKNOWN,
          33,
          Icons.OK,
          32,
          Icons.BAD,
          31,
          "canary",
          33,
          "stable",
          32,
          "active",
          32,
          "preview",
          94);

  private final PrintWriter out;
  private final boolean color;
  private final Instant now;

  RolloutPrinter(PrintWriter out, boolean color, Instant now) {
    this.out = out;
    this.color = color;
    this.now = now;
  }

  void print(RolloutInfo ro) {
    printHeader(ro);
    out.println();
    printTree(ro);
    out.flush();
  }

  /** The escape codes the plugin sends to redraw from the top of the terminal in watch mode. */
  void clear() {
    out.print("\033[H\033[2J");
    out.print("\033[0;0H");
  }

  private void printHeader(RolloutInfo ro) {
    out.printf(TABLE, "Name:", ro.name());
    out.printf(TABLE, "Namespace:", ro.namespace());
    out.printf(TABLE, "Status:", colorize(ro.phase().icon()) + " " + ro.phase().status());
    if (!ro.phase().message().isEmpty()) {
      out.printf(TABLE, "Message:", ro.phase().message());
    }
    out.printf(TABLE, "Strategy:", ro.strategy());
    if ("Canary".equals(ro.strategy())) {
      out.printf(TABLE, "  Step:", ro.step());
      out.printf(TABLE, "  SetWeight:", ro.setWeight());
      out.printf(TABLE, "  ActualWeight:", ro.actualWeight());
    }
    List<RolloutInfo.ImageInfo> images = ro.images();
    for (int i = 0; i < images.size(); i++) {
      out.printf(TABLE, i == 0 ? "Images:" : "", image(images.get(i)));
    }
    out.println("Replicas:");
    out.printf(TABLE, "  Desired:", ro.desired());
    out.printf(TABLE, "  Current:", ro.current());
    out.printf(TABLE, "  Updated:", ro.updated());
    out.printf(TABLE, "  Ready:", ro.ready());
    out.printf(TABLE, "  Available:", ro.available());
  }

  private String image(RolloutInfo.ImageInfo image) {
    if (image.tags().isEmpty()) {
      return image.image();
    }
    return image.image()
        + " ("
        + String.join(", ", image.tags().stream().map(this::colorize).toList())
        + ")";
  }

  private void printTree(RolloutInfo ro) {
    TabWriter w = new TabWriter();
    w.row("NAME", "KIND", "STATUS", "AGE", "INFO");
    w.row(
        Icons.ROLLOUT + " " + ro.name(),
        "Rollout",
        colorize(ro.phase().icon()) + " " + ro.phase().status(),
        age(ro.created()),
        "");
    List<Long> revisions = ro.revisions();
    for (int i = 0; i < revisions.size(); i++) {
      boolean last = i == revisions.size() - 1;
      long revision = revisions.get(i);
      w.row(prefix(last, "") + Icons.REVISION + " revision:" + revision, "", " ", "", "");
      List<ReplicaSetInfo> sets =
          ro.replicaSets().stream().filter(rs -> rs.revision() == revision).toList();
      for (int j = 0; j < sets.size(); j++) {
        printReplicaSet(w, sets.get(j), j == sets.size() - 1, subPrefix(last, ""));
      }
    }
    w.flush(out);
  }

  private void printReplicaSet(TabWriter w, ReplicaSetInfo rs, boolean last, String parent) {
    List<String> info = new ArrayList<>();
    String name = rs.name();
    if (rs.stable()) {
      info.add(colorize("stable"));
      name = colorize(name, "stable");
    }
    if (rs.canary()) {
      info.add(colorize("canary"));
      name = colorize(name, "canary");
    }
    if (rs.active()) {
      info.add(colorize("active"));
    }
    if (rs.preview()) {
      info.add(colorize("preview"));
      name = rs.stable() ? name : colorize(name, "preview");
    }
    if (!rs.scaleDownDeadline().isEmpty()) {
      info.add("delay:" + scaleDownDelay(rs.scaleDownDeadline()));
    }
    w.row(
        prefix(last, parent) + Icons.REPLICA_SET + " " + name,
        "ReplicaSet",
        colorize(rs.icon()) + " " + rs.status(),
        age(rs.created()),
        String.join(",", info));
    String podParent = subPrefix(last, parent);
    for (int i = 0; i < rs.pods().size(); i++) {
      PodInfo pod = rs.pods().get(i);
      String podInfo =
          "ready:" + pod.ready() + (pod.restarts() > 0 ? ",restarts:" + pod.restarts() : "");
      w.row(
          prefix(i == rs.pods().size() - 1, podParent) + Icons.POD + " " + pod.name(),
          "Pod",
          colorize(pod.icon()) + " " + pod.status(),
          age(pod.created()),
          podInfo);
    }
  }

  private String scaleDownDelay(String deadline) {
    try {
      Instant at = Instant.parse(deadline);
      return at.isBefore(now) ? "passed" : HumanDuration.format(Duration.between(now, at));
    } catch (RuntimeException e) {
      return "";
    }
  }

  private String age(Instant created) {
    return HumanDuration.format(Duration.between(created, now));
  }

  private static String prefix(boolean last, String parent) {
    return parent + (last ? "└──" : "├──");
  }

  private static String subPrefix(boolean last, String parent) {
    return parent + (last ? "   " : "│  ");
  }

  private String colorize(String s) {
    return colorize(s, s);
  }

  private String colorize(String s, String key) {
    Integer code = COLORS.get(key);
    if (!color || code == null) {
      return s;
    }
    return "\u001b[" + code + "m" + s + "\u001b[0m";
  }
}
