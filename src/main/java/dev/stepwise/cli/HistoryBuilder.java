package dev.stepwise.cli;

import dev.stepwise.domain.Cause;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.entity.JournalReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds a rollout's journal entries into a {@link History}, event by event. */
final class HistoryBuilder {
  private final RolloutKey key;
  private final List<History.Incarnation> incarnations = new ArrayList<>();
  // the analysis run whose failure the next controller abort follows from, or null
  private String lastFailedRun;
  private String uid;
  private Instant registeredAt;
  private List<History.Revision> revisions = new ArrayList<>();
  private RevisionDraft revision;
  private int steps;

  private HistoryBuilder(RolloutKey key) {
    this.key = key;
  }

  static History build(RolloutKey key, List<JournalReader.Entry> entries) {
    HistoryBuilder b = new HistoryBuilder(key);
    entries.forEach(e -> b.on(e.event()));
    b.closeIncarnation(null);
    return new History(key, List.copyOf(b.incarnations));
  }

  private void on(RolloutEvent event) {
    switch (event) {
      case RolloutEvent.Registered r -> onRegistered(r);
      case RolloutEvent.SpecChanged s -> steps = stepCount(s);
      case RolloutEvent.RevisionStarted r -> onRevisionStarted(r);
      case RolloutEvent.StepCompleted s -> onStepCompleted(s);
      case RolloutEvent.PauseStarted p -> draft(p.at()).pause = p;
      case RolloutEvent.PausePublished p -> {}
      case RolloutEvent.PauseEnded p -> onPauseEnded(p);
      case RolloutEvent.StepSkipped s -> onStepSkipped(s);
      case RolloutEvent.FullPromotionRequested f ->
          moment(
              f.at(),
              "fullPromotionRequested",
              "full promotion requested by " + History.who(f.cause()),
              cause(f.cause()));
      case RolloutEvent.Aborted a -> onAborted(a);
      case RolloutEvent.Retried r -> onRetried(r);
      case RolloutEvent.ManuallyPaused p ->
          moment(
              p.at(), "paused", "paused manually by " + History.who(p.cause()), cause(p.cause()));
      case RolloutEvent.ManuallyResumed r ->
          moment(r.at(), "resumed", "resumed by " + History.who(r.cause()), cause(r.cause()));
      case RolloutEvent.Completed c -> onCompleted(c);
      case RolloutEvent.Deleted d -> onDeleted(d);
      case RolloutEvent.ProgressDeadlineExceeded p ->
          moment(p.at(), "progressDeadlineExceeded", p.message(), cause(Cause.CONTROLLER));
      case RolloutEvent.AbortPublished p -> {}
      case RolloutEvent.ProgressObserved p -> {}
      case RolloutEvent.Restarted r -> onOther(r);
      case RolloutEvent.ServiceSwitched w ->
          moment(
              w.at(),
              "serviceSwitched",
              w.role()
                  + " service '"
                  + w.service()
                  + "' switched from '"
                  + (w.fromHash() == null ? "" : w.fromHash())
                  + "' to '"
                  + w.toHash()
                  + "'",
              cause(Cause.CONTROLLER));
      case RolloutEvent.ScaleDownScheduled d ->
          moment(
              d.at(),
              "scaleDownScheduled",
              "revision "
                  + d.revision()
                  + " ("
                  + d.podTemplateHash()
                  + ") scales down at "
                  + d.deadline(),
              cause(Cause.CONTROLLER));
      case RolloutEvent.AnalysisRunRequested r -> onAnalysisRequested(r);
      case RolloutEvent.AnalysisRunReported r -> onAnalysisReported(r);
      case RolloutEvent.AnalysisRunTerminated t ->
          moment(
              t.at(),
              "analysisRunTerminated",
              "analysis run " + t.runName() + " terminated: " + t.reason(),
              analysis(t.runName()));
      // events added after this printer was written still show, described from their fields
      default -> onOther(event);
    }
  }

  private void onOther(RolloutEvent event) {
    if (event instanceof Record r) {
      moment(event.at(), GenericMoment.type(r), GenericMoment.text(r), GenericMoment.details(r));
    }
  }

  private void onRegistered(RolloutEvent.Registered r) {
    closeIncarnation(null);
    uid = r.uid();
    registeredAt = r.at();
    steps = 0;
  }

  private void onRevisionStarted(RolloutEvent.RevisionStarted r) {
    if (revision != null) {
      if (revision.pause != null) {
        RolloutEvent.PauseStarted p = revision.pause;
        moment(
            p.at(),
            "pause",
            "paused at step "
                + step(p.stepIndex())
                + " ("
                + p.reason()
                + ") from "
                + History.time(p.at())
                + " until superseded at "
                + History.time(r.at())
                + " ("
                + History.duration(p.at(), r.at())
                + ")",
            Map.of("stepIndex", p.stepIndex()));
        revision.pause = null;
      }
      String text = "superseded by revision " + r.revision();
      if (revision.ending == null) {
        revision.ending =
            new History.Ending(
                revision.aborted ? "aborted" : "superseded",
                r.at(),
                revision.aborted ? "aborted, then " + text : text);
      }
      finish();
    }
    revision =
        new RevisionDraft(r.revision(), r.podTemplateHash(), r.images(), r.fastTrack(), r.at());
    if (r.fastTrack()) {
      moment(r.at(), "fastTrack", "rollback to the stable revision: steps skipped", Map.of());
    }
  }

  private void onStepCompleted(RolloutEvent.StepCompleted s) {
    Map<String, Object> details = cause(s.cause());
    details.put("stepIndex", s.stepIndex());
    details.put("description", s.description());
    moment(
        s.at(),
        "stepCompleted",
        "step " + step(s.stepIndex()) + " completed: " + s.description(),
        details);
  }

  private void onPauseEnded(RolloutEvent.PauseEnded p) {
    RevisionDraft r = draft(p.at());
    RolloutEvent.PauseStarted start = r.pause;
    r.pause = null;
    Instant startedAt = start == null ? p.at() : start.at();
    String reason = start == null ? "" : " (" + start.reason() + ")";
    Map<String, Object> details = cause(p.cause());
    details.put("stepIndex", p.stepIndex());
    details.put("startedAt", History.time(startedAt));
    details.put("endedAt", History.time(p.at()));
    details.put("durationSeconds", java.time.Duration.between(startedAt, p.at()).toSeconds());
    details.put("endedBy", History.pauseEndedBy(p.cause()));
    String text =
        "paused at step "
            + step(p.stepIndex())
            + reason
            + " from "
            + History.time(startedAt)
            + " to "
            + History.time(p.at())
            + " ("
            + History.duration(startedAt, p.at())
            + "): "
            + History.pauseEndedBy(p.cause());
    r.moments.add(new History.Moment(startedAt, "pause", text, details));
  }

  private void onStepSkipped(RolloutEvent.StepSkipped s) {
    Map<String, Object> details = cause(s.cause());
    details.put("fromIndex", s.fromIndex());
    details.put("toIndex", s.toIndex());
    moment(
        s.at(),
        "promoted",
        "promoted by "
            + History.who(s.cause())
            + ": step "
            + step(s.fromIndex())
            + " skipped to step "
            + step(s.toIndex()),
        details);
  }

  private void onAnalysisRequested(RolloutEvent.AnalysisRunRequested r) {
    var q = r.request();
    String what =
        switch (q.kind()) {
          case STEP -> "step " + step(q.stepIndex() == null ? 0 : q.stepIndex());
          case BACKGROUND -> "background";
          case PRE_PROMOTION -> "pre-promotion";
          case POST_PROMOTION -> "post-promotion";
        };
    String templates =
        q.templates().stream()
            .map(t -> t.templateName())
            .collect(java.util.stream.Collectors.joining(", "));
    Map<String, Object> details = analysis(q.runName());
    details.put("kind", q.kind().name());
    details.put("templates", templates);
    moment(
        r.at(),
        "analysisRunStarted",
        "analysis run " + q.runName() + " started (" + what + "; templates " + templates + ")",
        details);
  }

  private void onAnalysisReported(RolloutEvent.AnalysisRunReported r) {
    if (r.phase() == dev.stepwise.domain.analysis.AnalysisPhase.RUNNING) {
      return; // the start is already shown
    }
    boolean bad =
        r.phase() == dev.stepwise.domain.analysis.AnalysisPhase.FAILED
            || r.phase() == dev.stepwise.domain.analysis.AnalysisPhase.ERROR;
    lastFailedRun = bad ? r.runName() : null;
    Map<String, Object> details = analysis(r.runName());
    details.put("phase", r.phase().wire());
    details.put("message", r.message());
    String message = r.message() == null || r.message().isBlank() ? "" : ": " + r.message();
    moment(
        r.at(),
        "analysisRunCompleted",
        "analysis run " + r.runName() + " " + r.phase().wire() + message,
        details);
  }

  private static Map<String, Object> analysis(String runName) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("analysisRun", runName);
    return details;
  }

  private void onAborted(RolloutEvent.Aborted a) {
    Map<String, Object> details = cause(a.cause());
    details.put("message", a.message());
    String message = a.message() == null || a.message().isBlank() ? "" : ": " + a.message();
    String who = History.who(a.cause());
    if (lastFailedRun != null && a.cause() != null && a.cause().kind() == Cause.Kind.CONTROLLER) {
      // the controller aborts on an analysis run's failure: name the run, not the controller
      who = "analysis run " + lastFailedRun;
      details.put("analysisRun", lastFailedRun);
      lastFailedRun = null;
    }
    moment(a.at(), "aborted", "aborted by " + who + message, details);
    draft(a.at()).aborted = true;
  }

  private void onRetried(RolloutEvent.Retried r) {
    moment(
        r.at(),
        "retried",
        "retried by " + History.who(r.cause()) + ": steps start again",
        cause(r.cause()));
    draft(r.at()).aborted = false;
  }

  private void onCompleted(RolloutEvent.Completed c) {
    if (revision != null && revision.number != c.revision()) {
      finish();
    }
    if (revision == null) {
      revision = new RevisionDraft(c.revision(), c.podTemplateHash(), Map.of(), false, c.at());
    }
    revision.ending = new History.Ending("completed", c.at(), "completed: " + c.reason());
  }

  private void onDeleted(RolloutEvent.Deleted d) {
    closeIncarnation(d.at());
  }

  private void closeIncarnation(Instant deletedAt) {
    if (revision != null) {
      if (revision.pause != null) {
        RolloutEvent.PauseStarted p = revision.pause;
        String until =
            p.deadline() == null ? "indefinitely" : "until " + History.time(p.deadline());
        moment(
            p.at(),
            "pause",
            "paused at step "
                + step(p.stepIndex())
                + " ("
                + p.reason()
                + ") since "
                + History.time(p.at())
                + ", "
                + until,
            Map.of("stepIndex", p.stepIndex()));
      }
      if (revision.ending == null && deletedAt != null) {
        revision.ending =
            new History.Ending(
                revision.aborted ? "aborted" : "deleted",
                deletedAt,
                revision.aborted ? "aborted, then the rollout was deleted" : "rollout deleted");
      } else if (revision.ending == null && revision.aborted) {
        revision.ending = new History.Ending("aborted", null, "aborted");
      }
      finish();
    }
    if (uid != null || !revisions.isEmpty()) {
      incarnations.add(
          new History.Incarnation(uid, registeredAt, deletedAt, List.copyOf(revisions)));
    }
    uid = null;
    registeredAt = null;
    revisions = new ArrayList<>();
  }

  private void finish() {
    revisions.add(revision.toRevision());
    revision = null;
  }

  private RevisionDraft draft(Instant at) {
    if (revision == null) {
      // events before any RevisionStarted (a journal started mid-way): keep them, unnumbered
      revision = new RevisionDraft(0, "", Map.of(), false, at);
    }
    return revision;
  }

  private void moment(Instant at, String type, String text, Map<String, Object> details) {
    draft(at).moments.add(new History.Moment(at, type, text, details));
  }

  /** Steps are shown 1-based, as people count them ("step 2/4" is the second of four). */
  private String step(int index) {
    return steps > 0 ? (index + 1) + "/" + steps : Integer.toString(index + 1);
  }

  private static Map<String, Object> cause(Cause cause) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("cause", cause == null ? null : cause.kind().name());
    details.put("actor", cause == null ? null : cause.actor());
    return details;
  }

  private static int stepCount(RolloutEvent.SpecChanged s) {
    var canary = s.spec() == null ? null : s.spec().canary();
    return canary == null || canary.steps() == null ? 0 : canary.steps().size();
  }

  /** A revision being built. */
  private static final class RevisionDraft {
    final long number;
    final String hash;
    final Map<String, String> images;
    final boolean fastTrack;
    final Instant startedAt;
    final List<History.Moment> moments = new ArrayList<>();
    RolloutEvent.PauseStarted pause;
    boolean aborted;
    History.Ending ending;

    RevisionDraft(
        long number, String hash, Map<String, String> images, boolean fastTrack, Instant at) {
      this.number = number;
      this.hash = hash;
      this.images = images == null ? Map.of() : images;
      this.fastTrack = fastTrack;
      this.startedAt = at;
    }

    History.Revision toRevision() {
      List<History.Moment> sorted = new ArrayList<>(moments);
      sorted.sort(java.util.Comparator.comparing(History.Moment::at));
      return new History.Revision(
          number, hash, images, fastTrack, startedAt, List.copyOf(sorted), ending);
    }
  }
}
