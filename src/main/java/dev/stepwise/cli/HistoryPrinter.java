package dev.stepwise.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a {@link History} as text for people or as one JSON document for tools. */
final class HistoryPrinter {
  private HistoryPrinter() {}

  static void text(History h, PrintWriter out) {
    out.printf("Rollout %s/%s%n", h.key().namespace(), h.key().name());
    int n = 0;
    for (History.Incarnation inc : h.incarnations()) {
      out.println();
      out.printf(
          "Incarnation %d (uid %s), registered %s%n",
          ++n, inc.uid() == null ? "unknown" : inc.uid(), History.time(inc.registeredAt()));
      for (History.Revision r : inc.revisions()) {
        revision(r, out);
      }
      if (inc.deletedAt() != null) {
        out.printf("  deleted at %s%n", History.time(inc.deletedAt()));
      }
    }
    out.flush();
  }

  private static void revision(History.Revision r, PrintWriter out) {
    out.printf(
        "  Revision %d (%s), started %s%n",
        r.number(),
        r.podTemplateHash().isEmpty() ? "unknown hash" : r.podTemplateHash(),
        History.time(r.startedAt()));
    if (!r.images().isEmpty()) {
      out.printf("    images: %s%n", images(r.images()));
    }
    for (History.Moment m : r.moments()) {
      out.printf("    %s  %s%n", History.time(m.at()), m.text());
    }
    if (r.ending() == null) {
      out.println("    current revision (in progress or running)");
    } else {
      out.printf("    %s  %s%n", History.time(r.ending().at()), r.ending().text());
    }
  }

  private static String images(Map<String, String> images) {
    return images.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static void json(History h, PrintWriter out) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("namespace", h.key().namespace());
    root.put("name", h.key().name());
    ArrayNode incarnations = root.putArray("incarnations");
    for (History.Incarnation inc : h.incarnations()) {
      ObjectNode i = incarnations.addObject();
      i.put("uid", inc.uid());
      i.put("registeredAt", timeOrNull(inc.registeredAt()));
      i.put("deletedAt", timeOrNull(inc.deletedAt()));
      ArrayNode revisions = i.putArray("revisions");
      inc.revisions().forEach(r -> revisions.add(revision(r)));
    }
    out.println(Json.write(root));
    out.flush();
  }

  private static ObjectNode revision(History.Revision r) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("revision", r.number());
    node.put("podTemplateHash", r.podTemplateHash());
    node.set("images", Json.MAPPER.valueToTree(r.images()));
    node.put("fastTrack", r.fastTrack());
    node.put("startedAt", timeOrNull(r.startedAt()));
    ArrayNode moments = node.putArray("events");
    for (History.Moment m : r.moments()) {
      ObjectNode e = moments.addObject();
      e.put("at", timeOrNull(m.at()));
      e.put("type", m.type());
      e.setAll((ObjectNode) Json.MAPPER.valueToTree(m.details()));
      e.put("text", m.text());
    }
    if (r.ending() == null) {
      node.putNull("ending");
    } else {
      ObjectNode end = node.putObject("ending");
      end.put("kind", r.ending().kind());
      end.put("at", timeOrNull(r.ending().at()));
      end.put("text", r.ending().text());
    }
    return node;
  }

  private static String timeOrNull(java.time.Instant at) {
    return at == null ? null : History.time(at);
  }
}
