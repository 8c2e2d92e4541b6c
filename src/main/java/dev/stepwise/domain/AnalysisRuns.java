package dev.stepwise.domain;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.RolloutRuns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The analysis runs a rollout asked for, journaled so a restart resumes them and the status shows
 * them. Runs of earlier revisions are dropped once they are finished or terminated.
 *
 * @param runs the runs, oldest first
 * @param usedNames every run name handed out for the current revision (collisions get ".1", ...)
 */
public record AnalysisRuns(List<Run> runs, List<String> usedNames) implements CborSerializable {
  public static final AnalysisRuns EMPTY = new AnalysisRuns(List.of(), List.of());

  public AnalysisRuns {
    runs = runs == null ? List.of() : List.copyOf(runs);
    usedNames = usedNames == null ? List.of() : List.copyOf(usedNames);
  }

  /**
   * One run.
   *
   * @param phase the last phase the runner reported (PENDING until it reports)
   * @param terminated the rollout no longer wants it (superseded, aborted, completed, resumed after
   *     Inconclusive); it is not current any more
   */
  public record Run(
      AnalysisRequest request, AnalysisPhase phase, String message, boolean terminated)
      implements CborSerializable {
    public String name() {
      return request.runName();
    }

    public RolloutRuns.Kind kind() {
      return request.kind();
    }

    /** Still measuring as far as the rollout knows. */
    public boolean active() {
      return !terminated && (phase == null || !phase.completed());
    }

    boolean of(String hash, long revision) {
      return Objects.equals(request.podTemplateHash(), hash) && request.revision() == revision;
    }
  }

  /** The current (not terminated) run of {@code kind} for that revision, or null. */
  public Run current(RolloutRuns.Kind kind, String hash, long revision) {
    Run found = null;
    for (Run r : runs) {
      if (r.kind() == kind && !r.terminated() && r.of(hash, revision)) {
        found = r;
      }
    }
    return found;
  }

  /** The newest run of {@code kind} for that revision, terminated or not (for status), or null. */
  public Run latest(RolloutRuns.Kind kind, String hash, long revision) {
    Run found = null;
    for (Run r : runs) {
      if (r.kind() == kind && r.of(hash, revision)) {
        found = r;
      }
    }
    return found;
  }

  public Run byName(String name) {
    for (Run r : runs) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  /** The runs the runner must (still) be running: requested, not terminated, not completed. */
  public List<Run> active() {
    return runs.stream().filter(Run::active).toList();
  }

  /** {@code base}, or base.1, base.2, ... when taken for this revision already. */
  String freeName(String base) {
    Set<String> used = new LinkedHashSet<>(usedNames);
    for (int i = 0; ; i++) {
      String name = RolloutRuns.withCollisionSuffix(base, i);
      if (!used.contains(name)) {
        return name;
      }
    }
  }

  AnalysisRuns requested(AnalysisRequest request) {
    List<Run> next = new ArrayList<>(runs);
    next.add(new Run(request, AnalysisPhase.PENDING, null, false));
    List<String> names = new ArrayList<>(usedNames);
    names.add(request.runName());
    return new AnalysisRuns(next, names);
  }

  AnalysisRuns reported(String name, AnalysisPhase phase, String message) {
    return map(name, r -> new Run(r.request(), phase, message, r.terminated()));
  }

  AnalysisRuns terminated(String name) {
    return map(name, r -> new Run(r.request(), r.phase(), r.message(), true));
  }

  /** Marks every Inconclusive run not current: a user resumed, so a new run replaces it. */
  AnalysisRuns inconclusiveAcknowledged() {
    return new AnalysisRuns(
        runs.stream()
            .map(
                r ->
                    r.phase() == AnalysisPhase.INCONCLUSIVE
                        ? new Run(r.request(), r.phase(), r.message(), true)
                        : r)
            .toList(),
        usedNames);
  }

  /** All runs not current (a retry starts new ones with new names). */
  AnalysisRuns allTerminated() {
    return new AnalysisRuns(
        runs.stream().map(r -> new Run(r.request(), r.phase(), r.message(), true)).toList(),
        usedNames);
  }

  /** A new revision: forget what is finished, keep what still must be terminated. */
  AnalysisRuns newRevision() {
    return new AnalysisRuns(runs.stream().filter(Run::active).toList(), List.of());
  }

  private AnalysisRuns map(String name, java.util.function.UnaryOperator<Run> f) {
    return new AnalysisRuns(
        runs.stream().map(r -> r.name().equals(name) ? f.apply(r) : r).toList(), usedNames);
  }
}
