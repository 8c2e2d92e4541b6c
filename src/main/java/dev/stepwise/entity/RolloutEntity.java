package dev.stepwise.entity;

import dev.stepwise.domain.CborSerializable;
import dev.stepwise.domain.ConditionView;
import dev.stepwise.domain.Context;
import dev.stepwise.domain.Desired;
import dev.stepwise.domain.ReplicaSetView;
import dev.stepwise.domain.RolloutActuator;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutEvent;
import dev.stepwise.domain.RolloutKey;
import dev.stepwise.domain.RolloutState;
import dev.stepwise.domain.RolloutStatusView;
import dev.stepwise.entity.analysis.AnalysisRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.cluster.sharding.typed.ShardingEnvelope;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.RecoveryCompleted;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.Effect;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.persistence.typed.javadsl.RetentionCriteria;
import org.apache.pekko.persistence.typed.javadsl.SignalHandler;

/**
 * The actor shell of one rollout: adapts the pure {@link RolloutState} to Pekko persistence, keeps
 * the latest observations, arms the wake-up timer from state and hands desired state to the {@link
 * RolloutActuator} after every persist and after recovery.
 */
public final class RolloutEntity
    extends EventSourcedBehavior<RolloutEntity.Command, RolloutEvent, RolloutState> {

  /** Sharding type of rollout entities; persistence ids are {@code Rollout|<namespace>/<name>}. */
  public static final EntityTypeKey<Command> ENTITY_TYPE_KEY =
      EntityTypeKey.create(Command.class, "Rollout");

  /** Default snapshot interval (reference.conf stepwise.journal.snapshot-every). */
  public static final int DEFAULT_SNAPSHOT_EVERY = 100;

  private static final String WAKE_UP_TIMER = "wake-up";
  private static final String RETRY_TIMER = "actuation-retry";
  private static final String HOLD_TIMER = "status-hold";
  private static final String REFRESH_TIMER = "await-observation";

  /** Messages a rollout entity understands. */
  public sealed interface Command extends CborSerializable {}

  /** A domain fact (observation from kube/, usually) to decide on; sent through the CommandSink. */
  public record Apply(RolloutCommand command) implements Command {}

  /** What the analysis runner reported about one of this rollout's runs. */
  public record AnalysisReport(AnalysisRunner.Report report) implements Command {}

  /** Asks for an immutable view of the entity; for the CLI, health checks and tests. */
  public record GetState(ActorRef<View> replyTo) implements Command {}

  /**
   * What an entity reports about itself.
   *
   * @param state the journaled state
   * @param desiredStatus the status the current state wants written (null before the first)
   * @param knownResourceVersion the newest Rollout resourceVersion seen or written (0 = none)
   * @param observed an Observe arrived since the entity started, so it may write status
   * @param wakeUpAt when the armed wake-up timer fires (from {@link RolloutState#nextWakeup()}),
   *     null when none is armed
   * @param lastWakeUp the entity's clock when the wake-up timer last fired, null if never since the
   *     entity started
   */
  public record View(
      RolloutState state,
      RolloutStatusView desiredStatus,
      long knownResourceVersion,
      boolean observed,
      Instant wakeUpAt,
      Instant lastWakeUp)
      implements CborSerializable {}

  /** The timer armed at {@link RolloutState#nextWakeup()} fired. */
  private enum WakeUp implements Command {
    INSTANCE
  }

  /** The backoff before re-running a failed actuation passed. */
  private enum RetryActuation implements Command {
    INSTANCE
  }

  /** Still no observation since recovery: ask for one (WatchLeadership). */
  private enum AwaitObservation implements Command {
    INSTANCE
  }

  /** A held minor status write has waited long enough (StatusHold). */
  private enum HoldElapsed implements Command {
    INSTANCE
  }

  /** The in-flight actuator call completed (failure is a bug in the actuator, result is null). */
  private record ActuationDone(RolloutActuator.Result result, Throwable failure)
      implements Command {}

  private final RolloutKey key;
  private final RolloutActuator actuator;
  private final Clock clock;
  private final int snapshotEvery;
  private final ActorContext<Command> context;
  private final TimerScheduler<Command> timers;
  private final RolloutAnalyses analyses;

  // Transient, not journaled: re-read from the API server after every start.
  private List<ReplicaSetView> replicaSets = List.of();
  private List<ConditionView> observedConditions = List.of();
  private long knownResourceVersion; // max(observed, written); older observations are stale
  private Instant wakeUpAt;
  private Instant lastWakeUp;
  private final ActuationQueue actuation = new ActuationQueue();
  private final StatusHold statusHold;

  private RolloutEntity(
      RolloutKey key,
      RolloutActuator actuator,
      Clock clock,
      int snapshotEvery,
      Duration minorHold,
      Duration unreadyHold,
      ActorContext<Command> context,
      TimerScheduler<Command> timers,
      AnalysisRunner analysisRunner) {
    super(persistenceId(key));
    this.analyses = new RolloutAnalyses(analysisRunner, context);
    this.key = key;
    this.actuator = actuator;
    this.clock = clock;
    this.snapshotEvery = snapshotEvery;
    this.statusHold = new StatusHold(minorHold, unreadyHold);
    this.context = context;
    this.timers = timers;
  }

  /** The behavior of the rollout {@code key}, without a hold on minor status writes. */
  public static Behavior<Command> create(
      RolloutKey key,
      RolloutActuator actuator,
      Clock clock,
      int snapshotEvery,
      AnalysisRunner analysisRunner) {
    return create(
        key, actuator, clock, snapshotEvery, Duration.ZERO, Duration.ZERO, analysisRunner);
  }

  /**
   * The behavior of the rollout {@code key}; minor status writes (counts, message, Progressing)
   * wait up to {@code minorHold}, those in which no pod became ready or available up to {@code
   * unreadyHold} ({@link StatusHold}; a zero minorHold writes them all at once).
   */
  public static Behavior<Command> create(
      RolloutKey key,
      RolloutActuator actuator,
      Clock clock,
      int snapshotEvery,
      Duration minorHold,
      Duration unreadyHold,
      AnalysisRunner analysisRunner) {
    return Behaviors.setup(
        context ->
            Behaviors.withTimers(
                timers ->
                    new RolloutEntity(
                        key,
                        actuator,
                        clock,
                        snapshotEvery,
                        minorHold,
                        unreadyHold,
                        context,
                        timers,
                        analysisRunner)));
  }

  /**
   * The behavior without an analysis runner: analysis runs end in Error ({@link NoAnalysisRunner}).
   */
  public static Behavior<Command> create(
      RolloutKey key, RolloutActuator actuator, Clock clock, int snapshotEvery) {
    return create(key, actuator, clock, snapshotEvery, NoAnalysisRunner.INSTANCE);
  }

  /** The persistence id of the rollout {@code key}: {@code Rollout|<namespace>/<name>}. */
  public static PersistenceId persistenceId(RolloutKey key) {
    return PersistenceId.of(ENTITY_TYPE_KEY.name(), key.entityId());
  }

  /**
   * Starts Cluster Sharding of rollout entities on this node (remember-entities is configured in
   * reference.conf) over {@code numberOfShards} shards (the journal's: {@link JournalShards}) and
   * returns the shard region.
   */
  static ActorRef<ShardingEnvelope<Command>> init(
      ActorSystem<?> system,
      RolloutActuator actuator,
      Clock clock,
      AnalysisRunner analysisRunner,
      int numberOfShards) {
    int snapshotEvery = system.settings().config().getInt("stepwise.journal.snapshot-every");
    Duration minorHold =
        system.settings().config().getDuration("stepwise.controller.status-minor-hold");
    Duration unreadyHold =
        system.settings().config().getDuration("stepwise.controller.status-unready-hold");
    return ClusterSharding.get(system)
        .init(
            Entity.of(
                    ENTITY_TYPE_KEY,
                    entity ->
                        create(
                            RolloutKey.fromEntityId(entity.getEntityId()),
                            actuator,
                            clock,
                            snapshotEvery,
                            minorHold,
                            unreadyHold,
                            analysisRunner))
                .withMessageExtractor(
                    new org.apache.pekko.cluster.sharding.typed.HashCodeMessageExtractor<Command>(
                        numberOfShards)));
  }

  @Override
  public RolloutState emptyState() {
    return RolloutState.empty();
  }

  @Override
  public RetentionCriteria retentionCriteria() {
    // snapshotEvery alone never deletes events: the journal stays the full history.
    return RetentionCriteria.snapshotEvery(snapshotEvery, 2);
  }

  @Override
  public CommandHandler<Command, RolloutEvent, RolloutState> commandHandler() {
    return newCommandHandlerBuilder()
        .forAnyState()
        .onCommand(Apply.class, this::onApply)
        .onCommand(GetState.class, this::onGetState)
        .onCommand(AnalysisReport.class, this::onAnalysisReport)
        .onCommand(WakeUp.class, this::onWakeUp)
        .onCommand(ActuationDone.class, this::onActuationDone)
        .onCommand(RetryActuation.class, this::onRetryActuation)
        .onCommand(HoldElapsed.class, this::onHoldElapsed)
        .onCommand(AwaitObservation.class, this::onAwaitObservation)
        .build();
  }

  @Override
  public EventHandler<RolloutState, RolloutEvent> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent(RolloutState::apply);
  }

  @Override
  public SignalHandler<RolloutState> signalHandler() {
    return newSignalHandlerBuilder()
        .onSignal(RecoveryCompleted.instance(), this::onRecoveryCompleted)
        .build();
  }

  private void onRecoveryCompleted(RolloutState state) {
    context.getLog().debug("{}: recovered at seq {}", key.entityId(), lastSequenceNumber(context));
    armWakeUp(state);
    analyses.recovered(state);
    // Desired state is re-sent after recovery (it is idempotent); it starts once observed.
    requestActuation(state, List.of());
    if (!actuation.isOpen()) {
      timers.startSingleTimer(
          REFRESH_TIMER, AwaitObservation.INSTANCE, WatchLeadership.REFRESH_AFTER);
    }
  }

  private Effect<RolloutEvent, RolloutState> onAwaitObservation(
      RolloutState state, AwaitObservation await) {
    if (!actuation.isOpen()) {
      // usually a shard that moved here: nothing on the API server changed to send an observation
      WatchLeadership.requestRefresh(context.getSystem(), key);
      timers.startSingleTimer(
          REFRESH_TIMER, AwaitObservation.INSTANCE, WatchLeadership.REFRESH_AGAIN);
    }
    return Effect().none();
  }

  private Effect<RolloutEvent, RolloutState> onApply(RolloutState state, Apply apply) {
    if (!remember(apply.command())) {
      return Effect().none();
    }
    return decide(state, apply.command(), true);
  }

  private Effect<RolloutEvent, RolloutState> onAnalysisReport(
      RolloutState state, AnalysisReport report) {
    AnalysisRunner.Report r = report.report();
    return decide(
        state, new RolloutCommand.AnalysisReported(r.runName(), r.phase(), r.message()), true);
  }

  private Effect<RolloutEvent, RolloutState> onWakeUp(RolloutState state, WakeUp wakeUp) {
    wakeUpAt = null;
    lastWakeUp = clock.instant();
    return decide(state, new RolloutCommand.Tick(), true);
  }

  private Effect<RolloutEvent, RolloutState> onGetState(RolloutState state, GetState get) {
    return Effect()
        .none()
        .thenReply(
            get.replyTo(),
            s ->
                new View(
                    s,
                    s.desired(domainContext()).status(),
                    knownResourceVersion,
                    actuation.isOpen(),
                    wakeUpAt,
                    lastWakeUp));
  }

  private Effect<RolloutEvent, RolloutState> onActuationDone(
      RolloutState state, ActuationDone done) {
    RolloutActuator.Result result = done.result();
    boolean retry = result == null || result.retry();
    logActuationProblem(done);
    actuation
        .finish(retry)
        .ifPresent(delay -> timers.startSingleTimer(RETRY_TIMER, RetryActuation.INSTANCE, delay));
    if (result != null && result.statusResourceVersion() != null) {
      var written =
          new RolloutCommand.StatusWritten(result.statusResourceVersion(), result.written());
      statusHold.written(result.statusResourceVersion(), result.written());
      remember(written);
      // No fresh hand-off unless the write changed the state: that would only echo the write.
      return decide(state, written, false);
    }
    return Effect().none().thenRun(this::startNextActuation);
  }

  private Effect<RolloutEvent, RolloutState> onHoldElapsed(RolloutState state, HoldElapsed h) {
    statusHold.expire();
    return Effect().none().thenRun(this::startNextActuation);
  }

  private Effect<RolloutEvent, RolloutState> onRetryActuation(
      RolloutState state, RetryActuation retry) {
    actuation.backoffElapsed();
    return Effect().none().thenRun(this::startNextActuation);
  }

  /**
   * Keeps what the command tells about the world outside the journal; false when the command is a
   * stale observation (watch events can trail our own status writes) and must be ignored.
   */
  private boolean remember(RolloutCommand command) {
    switch (command) {
      case RolloutCommand.Observe observe -> {
        if (observe.resourceVersion() < knownResourceVersion) {
          context
              .getLog()
              .debug(
                  "{}: ignoring stale observation rv {} < {}",
                  key.entityId(),
                  observe.resourceVersion(),
                  knownResourceVersion);
          return false;
        }
        knownResourceVersion = observe.resourceVersion();
        observedConditions = observe.conditions() == null ? List.of() : observe.conditions();
        actuation.open();
      }
      case RolloutCommand.ObserveReplicaSets observe ->
          replicaSets = observe.replicaSets() == null ? List.of() : observe.replicaSets();
      case RolloutCommand.StatusWritten written -> {
        if (written.resourceVersion() >= knownResourceVersion && written.written() != null) {
          // our own write is the newest we know of; the watch delivers it later. Decisions until
          // then must keep the conditions' times just written, or they stamp "now" again and
          // every decision becomes one more status write (BENCHMARKS.md, "API writes").
          observedConditions = conditionsOf(written.written());
        }
        knownResourceVersion = Math.max(knownResourceVersion, written.resourceVersion());
      }
      case RolloutCommand.ObserveDeleted deleted -> {}
      case RolloutCommand.Tick tick -> {}
      case RolloutCommand.PromotionGateReported gate -> {}
      case RolloutCommand.AnalysisReported report -> {}
    }
    return true;
  }

  /**
   * Decides on {@code command}, persists the events, then re-arms the timer and hands the desired
   * state to the actuator ({@code handOffUnchanged}: even when nothing was persisted).
   */
  private Effect<RolloutEvent, RolloutState> decide(
      RolloutState state, RolloutCommand command, boolean handOffUnchanged) {
    List<RolloutEvent> events = state.decide(command, domainContext()).events();
    if (events.isEmpty()) {
      return Effect()
          .none()
          .thenRun(
              s -> {
                if (wakeUpAt == null) {
                  // a wake-up that came early found nothing due: Pekko's scheduler runs on
                  // nanoTime in ticks, deadlines on the wall clock, and nothing else would arm
                  // the timer again (6 of 10,000 rollouts stayed paused for good, BENCHMARKS.md).
                  // Only a deadline still ahead: one already passed would fire again at once.
                  s.nextWakeup()
                      .filter(deadline -> deadline.isAfter(clock.instant()))
                      .ifPresent(deadline -> armWakeUp(s));
                }
                if (handOffUnchanged) {
                  requestActuation(s, List.of());
                } else {
                  startNextActuation(s);
                }
              });
    }
    return Effect()
        .persist(events)
        .thenRun(
            s -> {
              // the journal acknowledged these: a crash from here on must not lose them
              context
                  .getLog()
                  .debug(
                      "{}: persisted up to seq {}: {}",
                      key.entityId(),
                      lastSequenceNumber(context),
                      events.stream().map(e -> e.getClass().getSimpleName()).toList());
              armWakeUp(s);
              analyses.persisted(s, events);
              requestActuation(s, events);
            });
  }

  private static List<ConditionView> conditionsOf(RolloutStatusView written) {
    return written.conditions() == null ? List.of() : written.conditions();
  }

  private Context domainContext() {
    return new Context(clock.instant(), replicaSets, observedConditions);
  }

  private void armWakeUp(RolloutState state) {
    state
        .nextWakeup()
        .ifPresentOrElse(
            deadline -> {
              Duration delay = Duration.between(clock.instant(), deadline);
              // A deadline in the past (passed while we were down) fires at once.
              Duration due = delay.isNegative() ? Duration.ZERO : delay;
              timers.startSingleTimer(WAKE_UP_TIMER, WakeUp.INSTANCE, due);
              wakeUpAt = deadline;
            },
            () -> {
              timers.cancel(WAKE_UP_TIMER);
              wakeUpAt = null;
            });
  }

  private void requestActuation(RolloutState state, List<RolloutEvent> newEvents) {
    timers.cancel(RETRY_TIMER); // a newer request supersedes a pending retry
    actuation.offer(new ActuationQueue.Request(newEvents));
    startNextActuation(state);
  }

  private void startNextActuation(RolloutState current) {
    Optional<ActuationQueue.Request> ready = actuation.ready();
    if (ready.isEmpty()) {
      return;
    }
    Desired desired = current.desired(domainContext());
    // the hold is on the timers' clock, not the rollout's
    StatusHold.Decision hold =
        statusHold.decide(
            current,
            desired,
            ready.get().newEvents(),
            replicaSets,
            knownResourceVersion,
            System.nanoTime());
    if (hold.held()) {
      if (hold.rearm() != null) {
        timers.startSingleTimer(HOLD_TIMER, HoldElapsed.INSTANCE, hold.rearm());
      }
      return;
    }
    timers.cancel(HOLD_TIMER);
    actuation.next().ifPresent(request -> launch(request, current, desired));
  }

  /**
   * Hands the actuator what the current state wants now, not what it wanted when the request was
   * queued: a request that waited behind an in-flight write was decided on observations that write
   * has since overtaken, and writing it would undo that write (a status write loop).
   */
  private void launch(ActuationQueue.Request request, RolloutState current, Desired desired) {
    statusHold.launched(desired, replicaSets);
    CompletionStage<RolloutActuator.Result> call;
    try {
      call = actuator.apply(key, current, desired, request.newEvents(), knownResourceVersion);
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    context.pipeToSelf(call, ActuationDone::new);
  }

  private void logActuationProblem(ActuationDone done) {
    if (done.failure() != null) {
      context.getLog().error("{}: actuator failed", key.entityId(), done.failure());
    } else if (done.result() != null && done.result().error() != null) {
      // the actuator already logged API errors at the right level; conflicts are routine
      context.getLog().debug("{}: actuation incomplete: {}", key.entityId(), done.result().error());
    }
  }
}
