package dev.stepwise.entity;

import java.time.Duration;
import org.apache.pekko.actor.AbstractExtensionId;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.ExtensionId;
import org.apache.pekko.actor.ExtensionIdProvider;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.server.Directives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.management.javadsl.ManagementRouteProvider;
import org.apache.pekko.management.javadsl.ManagementRouteProviderSettings;

/**
 * Adds {@code GET /stepwise/cluster} ({@link ClusterStatus}) to the Pekko Management HTTP endpoint;
 * registered under {@code pekko.management.http.routes} in reference.conf.
 */
public final class ClusterStatusRoutes extends AbstractExtensionId<ClusterStatusRoutes.Provider>
    implements ExtensionIdProvider {
  public static final ClusterStatusRoutes INSTANCE = new ClusterStatusRoutes();
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Override
  public ExtensionId<Provider> lookup() {
    return INSTANCE;
  }

  @Override
  public Provider createExtension(ExtendedActorSystem system) {
    return new Provider(system);
  }

  /** The route provider itself (an extension, as Pekko Management requires). */
  public static final class Provider implements ManagementRouteProvider {
    private final ExtendedActorSystem system;

    Provider(ExtendedActorSystem system) {
      this.system = system;
    }

    @Override
    public Route routes(ManagementRouteProviderSettings settings) {
      return Directives.path(
          PathMatchers.segment("stepwise").slash("cluster"),
          () ->
              Directives.get(
                  () ->
                      Directives.completeWithFuture(
                          ClusterStatus.json(Adapter.toTyped(system), TIMEOUT)
                              .thenApply(
                                  json ->
                                      HttpResponse.create()
                                          .withEntity(ContentTypes.APPLICATION_JSON, json)))));
    }
  }
}
