package dev.stepwise.entity;

import org.apache.pekko.actor.AbstractExtensionId;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.Extension;
import org.apache.pekko.persistence.SnapshotMetadata;
import org.apache.pekko.persistence.jdbc.config.SnapshotConfig;
import org.apache.pekko.persistence.jdbc.snapshot.dao.DefaultSnapshotDao;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.stream.Materializer;
import scala.Option;
import scala.Tuple2;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.concurrent.Future$;
import scala.jdk.javaapi.FutureConverters;
import scala.runtime.BoxedUnit;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/**
 * The snapshot store's reads for a recovery after a restart: a journal that the recovery prefetch
 * read, and whose pass found no snapshot for it, has none, without a query per entity (most
 * rollouts have written fewer events than stepwise.journal.snapshot-every). Anything else, and
 * every journal once the journal DAO has let go of the copy, asks the database as before.
 */
public class PrefetchedSnapshotDao extends DefaultSnapshotDao {
  private final ActorSystem system;

  public PrefetchedSnapshotDao(
      JdbcBackend.JdbcDatabaseDef db,
      JdbcProfile profile,
      SnapshotConfig snapshotConfig,
      Serialization serialization,
      ExecutionContext ec,
      Materializer mat) {
    super(db, profile, snapshotConfig, serialization, ec, mat);
    this.system = mat.system();
  }

  @Override
  public Future<Option<Tuple2<SnapshotMetadata, Object>>> latestSnapshot(String persistenceId) {
    RecoveryPrefetch prefetch = Shared.ID.get(system).prefetch;
    if (prefetch == null) {
      return super.latestSnapshot(persistenceId);
    }
    if (prefetch.loaded().isDone()) {
      return prefetched(prefetch, persistenceId);
    }
    return FutureConverters.asScala(prefetch.loaded())
        .flatMap(done -> prefetched(prefetch, persistenceId), ExecutionContext.parasitic$.MODULE$);
  }

  private Future<Option<Tuple2<SnapshotMetadata, Object>>> prefetched(
      RecoveryPrefetch prefetch, String persistenceId) {
    RecoveryPrefetch.Events events = prefetch.lookup(persistenceId);
    return events != null && events.from() == 1
        ? Future$.MODULE$.successful(Option.empty())
        : super.latestSnapshot(persistenceId);
  }

  @Override
  public Future<BoxedUnit> save(SnapshotMetadata metadata, Object snapshot) {
    RecoveryPrefetch prefetch = Shared.ID.get(system).prefetch;
    if (prefetch != null) {
      prefetch.forget(metadata.persistenceId());
    }
    return super.save(metadata, snapshot);
  }

  /** The actor system's prefetch, which the journal DAO starts and the snapshot DAO reads. */
  static final class Shared implements Extension {
    static final Id ID = new Id();
    volatile RecoveryPrefetch prefetch;
    private boolean claimed;

    /** True the first time only: the journal DAO that may start the system's one pass. */
    synchronized boolean claim() {
      boolean first = !claimed;
      claimed = true;
      return first;
    }

    static final class Id extends AbstractExtensionId<Shared> {
      @Override
      public Shared createExtension(ExtendedActorSystem system) {
        return new Shared();
      }
    }
  }
}
