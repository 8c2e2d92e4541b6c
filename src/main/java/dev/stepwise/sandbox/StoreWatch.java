package dev.stepwise.sandbox;

import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * One watch on the embedded API server: the objects matching its query as ADDED when it opens (or
 * the changes after the resourceVersion it names), then every change to them, in order, on a thread
 * of its own.
 *
 * <p>Stands in for fabric8's {@code WatchEventsListener}, whose close waits on the vert.x event
 * loop for sends that need that same loop: a watch closed while events were in flight (informers
 * restart theirs every few minutes) froze the server's busiest event loop for 30 s. Closing here
 * never waits.
 */
final class StoreWatch extends WebSocketListener {
  private final AttributeSet query;
  private final Consumer<StoreWatch> onOpen;
  private final Consumer<StoreWatch> onEnd;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "sandbox-watch");
            t.setDaemon(true);
            return t;
          });
  private volatile WebSocket socket;
  private volatile boolean ended;

  /**
   * @param onOpen sends the current objects and registers the watch for changes (atomically with
   *     respect to writes)
   * @param onEnd unregisters it
   */
  StoreWatch(AttributeSet query, Consumer<StoreWatch> onOpen, Consumer<StoreWatch> onEnd) {
    this.query = query;
    this.onOpen = onOpen;
    this.onEnd = onEnd;
  }

  AttributeSet query() {
    return query;
  }

  /** Whether an object stored under {@code key} is one this watch sees. */
  boolean sees(AttributeSet key) {
    return key != null && key.matches(query);
  }

  /** Queues one watch event ({@code ADDED}, {@code MODIFIED}, {@code DELETED}) for the client. */
  void send(String type, String object) {
    if (ended) {
      return;
    }
    String event = "{\"type\":\"" + type + "\",\"object\":" + object + "}";
    try {
      sender.execute(
          () -> {
            if (!ended) {
              socket.send(event);
            }
          });
    } catch (RejectedExecutionException e) {
      // closed meanwhile: the client is gone, nothing to deliver
    }
  }

  /**
   * Tells the client that {@code resourceVersion} is older than the changes the server still holds
   * (410 Gone, as a real API server's watch does); the client lists again.
   */
  void gone(long resourceVersion) {
    send(
        "ERROR",
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
            + "\"message\":\"too old resource version: "
            + resourceVersion
            + "\",\"reason\":\"Expired\",\"code\":410}");
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    this.socket = webSocket;
    onOpen.accept(this);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    end();
    // answer the client's close from our thread, never the event loop's
    Thread.ofPlatform().daemon().start(() -> webSocket.close(code, reason));
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    end();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    end();
  }

  private void end() {
    if (!ended) {
      ended = true;
      onEnd.accept(this);
      sender.shutdownNow();
    }
  }
}
