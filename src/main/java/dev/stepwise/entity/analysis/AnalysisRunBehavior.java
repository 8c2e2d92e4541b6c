package dev.stepwise.entity.analysis;

import dev.stepwise.analysis.AnalysisEnvironment;
import dev.stepwise.domain.CborSerializable;
import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.AnalysisSpecException;
import dev.stepwise.domain.analysis.RunEngine;
import dev.stepwise.domain.analysis.RunEvent;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.RunState;
import dev.stepwise.domain.analysis.RunTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.RecoveryCompleted;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.Effect;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.persistence.typed.javadsl.RetentionCriteria;
import org.apache.pekko.persistence.typed.javadsl.SignalHandler;

/**
 * One AnalysisRun as an event-sourced actor: its state is the journaled {@link RunState}, its
 * events are {@link RunEvent}s decided by {@link RunEngine}. It sleeps until {@link
 * RunTasks#nextWakeup}, measures off the dispatcher, projects the state onto the AnalysisRun status
 * and deletes the object per ttlStrategy. After a restart it resumes from the journal: the next
 * measurement is due after the last one's finish plus the interval, never from zero.
 *
 * <p>Its command type is {@code Object} because it accepts the contract's {@link
 * AnalysisRunner.Terminate}, which cannot implement a type of this package.
 */
public final class AnalysisRunBehavior extends EventSourcedBehavior<Object, RunEvent, RunState> {
  /** Persistence ids are {@code AnalysisRun|<entity id>} ({@link AnalysisRunKey#entityId}). */
  public static final String PERSISTENCE_TYPE = "AnalysisRun";

  private static final String WAKE = "wake";
  private static final String INIT_RETRY = "init-retry";
  private static final String GC = "gc";
  private static final Duration GC_RETRY = Duration.ofSeconds(10);

  /** Starts (or keeps) the run; what the watcher sends for a user-created run. */
  public record Resume() implements CborSerializable {}

  /** The AnalysisRun object is gone: stop measuring. */
  public record ObjectDeleted() implements CborSerializable {}

  private record Initialized(
      String uid, RunSpec spec, boolean gone, String error, Throwable failure) {}

  private enum Tick {
    INSTANCE
  }

  private enum RetryInit {
    INSTANCE
  }

  private enum CollectGarbage {
    INSTANCE
  }

  private record Measured(List<Measurements.Outcome> outcomes, Throwable failure) {}

  private record GarbageCollected(Throwable failure) {}

  private final AnalysisRunKey key;
  private final RunOrigin origin;
  private final AnalysisRuntime rt;
  private final ActorContext<Object> context;
  private final TimerScheduler<Object> timers;
  private final StatusProjection status;

  // transient: rebuilt after every start
  private String uid;
  private boolean ready;
  private boolean measuring;
  private boolean terminateRequested;
  private boolean gcPending;
  private AnalysisPhase reported;
  private Duration initBackoff = Duration.ofSeconds(1);

  private AnalysisRunBehavior(
      AnalysisRunKey key,
      RunOrigin origin,
      AnalysisRuntime rt,
      ActorContext<Object> context,
      TimerScheduler<Object> timers) {
    super(persistenceId(key));
    this.key = key;
    this.origin = origin;
    this.rt = rt;
    this.context = context;
    this.timers = timers;
    this.status = new StatusProjection(key, rt, context, timers, this::objectGone);
  }

  /** The behavior of run {@code key}, started by {@code origin}. */
  public static Behavior<Object> create(AnalysisRunKey key, RunOrigin origin, AnalysisRuntime rt) {
    return Behaviors.setup(
        ctx -> Behaviors.withTimers(t -> new AnalysisRunBehavior(key, origin, rt, ctx, t)));
  }

  public static PersistenceId persistenceId(AnalysisRunKey key) {
    return PersistenceId.of(PERSISTENCE_TYPE, key.entityId());
  }

  @Override
  public RunState emptyState() {
    return RunState.empty();
  }

  @Override
  public RetentionCriteria retentionCriteria() {
    return RetentionCriteria.snapshotEvery(rt.snapshotEvery(), 2);
  }

  @Override
  public EventHandler<RunState, RunEvent> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent(RunState::apply);
  }

  @Override
  public SignalHandler<RunState> signalHandler() {
    return newSignalHandlerBuilder()
        .onSignal(RecoveryCompleted.instance(), this::initialize)
        .build();
  }

  @Override
  public CommandHandler<Object, RunEvent, RunState> commandHandler() {
    return newCommandHandlerBuilder()
        .forAnyState()
        .onCommand(Initialized.class, this::onInitialized)
        .onCommand(RetryInit.class, (s, c) -> afterwards(() -> initialize(s)))
        .onCommand(Tick.class, this::onTick)
        .onCommand(Measured.class, this::onMeasured)
        .onCommand(AnalysisRunner.Terminate.class, this::onTerminate)
        .onCommand(Resume.class, (s, c) -> Effect().none())
        .onCommand(ObjectDeleted.class, (s, c) -> afterwards(this::objectGone))
        .onCommand(StatusProjection.Written.class, (s, w) -> afterwards(() -> onWritten(s, w)))
        .onCommand(StatusProjection.Retry.class, (s, c) -> afterwards(() -> status.retry(s)))
        .onCommand(CollectGarbage.class, (s, c) -> afterwards(() -> collectGarbage()))
        .onCommand(GarbageCollected.class, this::onGarbageCollected)
        .build();
  }

  private Effect<RunEvent, RunState> afterwards(Runnable r) {
    r.run();
    return Effect().none();
  }

  /** Resolves the spec and finds (or creates) the object, off the dispatcher. */
  private void initialize(RunState state) {
    boolean started = state.started();
    RunSpec journaled = state.spec();
    AnalysisEnvironment env = rt.env();
    async(
        rt.blocking(),
        () -> {
          if (origin instanceof RunOrigin.FromRollout r) {
            RunSpec spec = journaled;
            if (!started) {
              try {
                spec = env.resolve(r.request());
              } catch (AnalysisSpecException e) {
                return new Initialized(null, null, false, e.getMessage(), null);
              }
            }
            return new Initialized(env.ensureRun(r.request(), spec), spec, false, null, null);
          }
          // an object of another uid is a new run under the same name: this one is gone
          return env.readRun(key.namespace(), key.name())
              .filter(o -> key.uid() == null || key.uid().equals(o.uid()))
              .map(o -> new Initialized(o.uid(), o.spec(), false, null, null))
              .orElseGet(() -> new Initialized(null, null, true, null, null));
        },
        (result, failure) ->
            result != null ? result : new Initialized(null, null, false, null, failure));
  }

  private Effect<RunEvent, RunState> onInitialized(RunState state, Initialized init) {
    if (init.failure() != null) {
      context
          .getLog()
          .warn(
              "{}: cannot start yet, retrying in {}: {}",
              key.entityId(),
              initBackoff,
              init.failure().getMessage());
      timers.startSingleTimer(INIT_RETRY, RetryInit.INSTANCE, initBackoff);
      initBackoff = StatusProjection.next(initBackoff);
      return Effect().none();
    }
    if (init.gone()) {
      return afterwards(this::objectGone);
    }
    if (init.error() != null) {
      // upstream creates no run for a template it cannot resolve; the rollout hears Error
      context.getLog().info("{}: {}", key.entityId(), init.error());
      origin.report(key.name(), AnalysisPhase.ERROR, init.error());
      return Effect().none();
    }
    uid = init.uid();
    ready = true;
    Instant now = rt.clock().instant();
    List<RunEvent> events = new ArrayList<>(RunEngine.start(state, init.spec(), now));
    RunState next = fold(state, events);
    if (terminateRequested || (origin instanceof RunOrigin.Standalone && init.spec().terminate())) {
      events.addAll(RunEngine.terminate(next, now));
    }
    return persist(state, events);
  }

  private Effect<RunEvent, RunState> persist(RunState state, List<RunEvent> events) {
    if (events.isEmpty()) {
      return afterwards(() -> afterChange(state));
    }
    return Effect().persist(events).thenRun(this::afterChange);
  }

  private void afterChange(RunState s) {
    status.request(s);
    if ((s.phase() == AnalysisPhase.RUNNING || s.completed()) && s.phase() != reported) {
      reported = s.phase();
      origin.report(key.name(), s.phase(), s.message());
    }
    if (s.completed()) {
      timers.cancel(WAKE);
      Instant deleteAt = RunTasks.deleteAt(s);
      if (deleteAt != null && !gcPending) {
        gcPending = true;
        timers.startSingleTimer(GC, CollectGarbage.INSTANCE, until(deleteAt));
      }
      maybePassivate(s);
    } else if (!measuring) {
      Instant at = RunTasks.nextWakeup(s);
      if (at == null) {
        timers.cancel(WAKE);
      } else {
        timers.startSingleTimer(WAKE, Tick.INSTANCE, until(at));
      }
    }
  }

  private Effect<RunEvent, RunState> onTick(RunState state, Tick tick) {
    if (!ready || measuring || state.completed()) {
      return Effect().none();
    }
    List<RunTasks.Task> tasks = RunTasks.due(state, rt.clock().instant());
    if (tasks.isEmpty()) {
      return afterwards(() -> afterChange(state));
    }
    measuring = true;
    String runUid = uid;
    async(
        rt.measuring(),
        () ->
            Measurements.take(
                state, tasks, rt.env(), key.namespace(), key.name(), runUid, rt.clock()),
        Measured::new);
    return Effect().none();
  }

  private Effect<RunEvent, RunState> onMeasured(RunState state, Measured m) {
    measuring = false;
    if (m.failure() != null) {
      context.getLog().error("{}: measuring failed", key.entityId(), m.failure());
      return afterwards(() -> afterChange(state));
    }
    return persist(state, Measurements.record(state, m.outcomes(), rt.env(), rt.clock().instant()));
  }

  private Effect<RunEvent, RunState> onTerminate(RunState state, AnalysisRunner.Terminate t) {
    if (!ready) {
      terminateRequested = true;
      return Effect().none();
    }
    List<RunEvent> events = RunEngine.terminate(state, rt.clock().instant());
    if (!events.isEmpty()) {
      context.getLog().info("{}: terminating ({})", key.entityId(), t.reason());
    }
    return persist(state, events);
  }

  private void onWritten(RunState state, StatusProjection.Written w) {
    status.written(state, w);
    maybePassivate(state);
  }

  private void collectGarbage() {
    AnalysisEnvironment env = rt.env();
    async(
        rt.blocking(),
        () -> {
          env.deleteRun(key.namespace(), key.name());
          return true;
        },
        (ok, failure) -> new GarbageCollected(failure));
  }

  private Effect<RunEvent, RunState> onGarbageCollected(RunState state, GarbageCollected g) {
    if (g.failure() != null) {
      context
          .getLog()
          .warn(
              "{}: cannot delete per ttlStrategy, retrying: {}",
              key.entityId(),
              g.failure().getMessage());
      timers.startSingleTimer(GC, CollectGarbage.INSTANCE, GC_RETRY);
      return Effect().none();
    }
    context.getLog().info("{}: deleted per ttlStrategy", key.entityId());
    gcPending = false;
    return afterwards(this::objectGone);
  }

  /** A completed run whose status is written has nothing left to do in memory. */
  private void maybePassivate(RunState s) {
    if (s.completed() && !gcPending && status.idle()) {
      origin.passivate();
    }
  }

  private void objectGone() {
    timers.cancelAll();
    ready = false;
    origin.passivate();
  }

  private Duration until(Instant at) {
    Duration d = Duration.between(rt.clock().instant(), at);
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static RunState fold(RunState s, List<RunEvent> events) {
    RunState out = s;
    for (RunEvent e : events) {
      out = out.apply(e);
    }
    return out;
  }

  private <T> void async(
      java.util.concurrent.Executor executor,
      Supplier<T> work,
      java.util.function.BiFunction<T, Throwable, Object> toMessage) {
    var self = context.getSelf();
    CompletableFuture.supplyAsync(work, executor)
        .whenComplete((r, t) -> self.tell(toMessage.apply(r, StatusProjection.unwrap(t))));
  }
}
