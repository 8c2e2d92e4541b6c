package dev.stepwise.entity;

import dev.stepwise.domain.RolloutEvent;
import java.util.List;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;

/**
 * Writes given events into a journal under a persistence id, through the configured journal and
 * serializer, so tests can prepare a rollout's history before the real entity recovers it.
 */
final class JournalSeeder extends EventSourcedBehavior<JournalSeeder.Write, RolloutEvent, Integer> {

  /** Persist {@code events}, reply and stop. */
  record Write(List<RolloutEvent> events, ActorRef<Done> replyTo) {}

  private JournalSeeder(PersistenceId persistenceId) {
    super(persistenceId);
  }

  static Behavior<Write> create(PersistenceId persistenceId) {
    return new JournalSeeder(persistenceId);
  }

  @Override
  public Integer emptyState() {
    return 0;
  }

  @Override
  public CommandHandler<Write, RolloutEvent, Integer> commandHandler() {
    return newCommandHandlerBuilder()
        .forAnyState()
        .onCommand(
            Write.class,
            (count, write) ->
                Effect()
                    .persist(write.events())
                    .thenStop() // one writer per persistence id: the entity takes over
                    .thenReply(write.replyTo(), c -> Done.getInstance()))
        .build();
  }

  @Override
  public EventHandler<Integer, RolloutEvent> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((count, event) -> count + 1);
  }
}
