package dev.stepwise.bench;

import dev.stepwise.sandbox.RequestInterceptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches every request the embedded API server receives: counts the controller's writes by kind,
 * and times each Rollout spec change (a write by the benchmark) to the controller's first
 * ReplicaSet write for that rollout. Runs on the server's event loop, so it only stores numbers.
 */
final class ApiLedger implements RequestInterceptor {
  /** Write categories, in table order. */
  enum Kind {
    REPLICASET_CREATE,
    REPLICASET_UPDATE,
    REPLICASET_DELETE,
    ROLLOUT_STATUS,
    ROLLOUT_OTHER,
    EVENT,
    OTHER
  }

  private static final Pattern ROLLOUT_PATH =
      Pattern.compile("/apis/argoproj\\.io/v1alpha1/namespaces/[^/]+/rollouts/([^/]+)(/status)?");
  private static final Pattern RS_PATH =
      Pattern.compile("/apis/apps/v1/namespaces/[^/]+/replicasets(?:/([^/]+))?(?:/.*)?");
  private static final Pattern NAME_IN_BODY = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");

  // -Dstepwise.bench.trace=true prints the first rollout's writes, =all every rollout's
  private static final String TRACE = System.getProperty("stepwise.bench.trace", "");
  private final String controllerAgentPrefix;
  private final String benchAgent;
  private final Map<Kind, LongAdder> writes = new ConcurrentHashMap<>();
  private final AtomicLong reads = new AtomicLong();

  /** rollout name → nanoTime of the benchmark's last spec change, until the controller reacts. */
  private final Map<String, Long> changed = new ConcurrentHashMap<>();

  private volatile Latencies latencies = new Latencies();

  ApiLedger(String controllerAgentPrefix, String benchAgent) {
    this.controllerAgentPrefix = controllerAgentPrefix;
    this.benchAgent = benchAgent;
    for (Kind k : Kind.values()) {
      writes.put(k, new LongAdder());
    }
  }

  @Override
  public Action intercept(Request request) {
    long now = System.nanoTime();
    String agent = request.header("user-agent");
    if (agent == null) {
      return Action.PASS;
    }
    if (agent.startsWith(benchAgent)) {
      Matcher m = ROLLOUT_PATH.matcher(request.path());
      if (request.method().equals("PATCH") && m.matches() && m.group(2) == null) {
        changed.put(m.group(1), now);
      }
    } else if (agent.startsWith(controllerAgentPrefix)) {
      if (!request.isWrite()) {
        reads.incrementAndGet();
      } else {
        Kind kind = classify(request, now);
        writes.get(kind).increment();
      }
    }
    return Action.PASS;
  }

  private Kind classify(Request request, long now) {
    String path = request.path();
    Matcher ro = ROLLOUT_PATH.matcher(path);
    if (ro.matches()) {
      if (TRACE.equals("all") || TRACE.equals("true") && ro.group(1).equals(Fleet.name(0))) {
        System.err.println(
            "controller " + request.method() + " " + path + " " + now + " " + request.body());
      }
      return ro.group(2) != null ? Kind.ROLLOUT_STATUS : Kind.ROLLOUT_OTHER;
    }
    Matcher rs = RS_PATH.matcher(path);
    if (rs.matches()) {
      String name = rs.group(1);
      if (name == null) {
        Matcher n = NAME_IN_BODY.matcher(request.body());
        name = n.find() ? n.group(1) : "";
      }
      reacted(name, now);
      return switch (request.method()) {
        case "POST" -> Kind.REPLICASET_CREATE;
        case "DELETE" -> Kind.REPLICASET_DELETE;
        default -> Kind.REPLICASET_UPDATE;
      };
    }
    return path.contains("/events") ? Kind.EVENT : Kind.OTHER;
  }

  /** A ReplicaSet {@code <rollout>-<hash>} was written: the first after a spec change counts. */
  private void reacted(String replicaSet, long now) {
    int dash = replicaSet.lastIndexOf('-');
    if (dash <= 0) {
      return;
    }
    Long since = changed.remove(replicaSet.substring(0, dash));
    if (since != null) {
      latencies.add(now - since);
    }
  }

  /** Starts a new latency sample (the old one is returned by {@link #latencies()} until then). */
  void resetLatencies() {
    changed.clear();
    latencies = new Latencies();
  }

  Latencies latencies() {
    return latencies;
  }

  /** Spec changes the controller has not answered with a ReplicaSet write yet. */
  int unanswered() {
    return changed.size();
  }

  /** The controller's writes so far, by kind. */
  Map<Kind, Long> writes() {
    Map<Kind, Long> copy = new java.util.EnumMap<>(Kind.class);
    writes.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  long reads() {
    return reads.get();
  }

  /** The controller's reads and writes so far, to tell what it asked for in between. */
  Count count() {
    return new Count(reads(), writes());
  }

  record Count(long reads, Map<Kind, Long> writes) {
    /** "10 reads, rollout_status 3": what was asked since {@code before}. */
    String since(Count before) {
      StringBuilder s = new StringBuilder().append(reads - before.reads).append(" reads");
      for (Kind k : Kind.values()) {
        long d = writes.get(k) - before.writes.get(k);
        if (d > 0) {
          s.append(", ").append(k.name().toLowerCase()).append(' ').append(d);
        }
      }
      return s.toString();
    }

    /** Writes of {@code kind} since {@code before}. */
    long writes(Count before, Kind kind) {
      return writes.get(kind) - before.writes.get(kind);
    }

    /** Writes since {@code before}, Events left out. */
    long writesWithoutEvents(Count before) {
      long total = 0;
      for (Kind k : Kind.values()) {
        total += k == Kind.EVENT ? 0 : writes(before, k);
      }
      return total;
    }

    /** "replicaset_create 1.00, event 10.00": writes since {@code before} per rollout, by kind. */
    String writesPer(Count before, int rollouts) {
      StringBuilder s = new StringBuilder();
      for (Kind k : Kind.values()) {
        long d = writes(before, k);
        if (d > 0) {
          s.append(s.isEmpty() ? "" : ", ")
              .append(k.name().toLowerCase())
              .append(' ')
              .append("%.2f".formatted(d / (double) rollouts));
        }
      }
      return s.toString();
    }
  }
}
