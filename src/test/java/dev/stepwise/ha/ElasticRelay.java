package dev.stepwise.ha;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A TCP relay between one controller node and the sandbox API server that never pushes back on the
 * server: what the node does not read (it is frozen with SIGSTOP) piles up here in memory. The
 * sandbox's mock server blocks its event loop on a watch write to a client that does not read, and
 * would then stall every other client; a real API server does not, so the relay stands in for its
 * per-connection buffering. (A request the node had half sent when frozen can still hold the mock's
 * event loop until the node is thawed; the scenario retries the user's requests.)
 */
final class ElasticRelay implements AutoCloseable {
  private static final byte[] EOF = new byte[0];

  private final ServerSocket server;
  private final int target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  ElasticRelay(int target) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = target;
    daemon(this::acceptLoop, "relay-accept-" + port());
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(upstream);
        relay(client, upstream);
        relay(upstream, client);
      } catch (IOException e) {
        // closing, or the server is gone: the client retries
      }
    }
  }

  /** Reads {@code from} as fast as it delivers, writes to {@code to} as fast as it takes. */
  private void relay(Socket from, Socket to) {
    BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    daemon(
        () -> {
          byte[] buffer = new byte[16384];
          try (InputStream in = from.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
              queue.add(Arrays.copyOf(buffer, n));
            }
          } catch (IOException e) {
            // closed from either side
          } finally {
            queue.add(EOF);
          }
        },
        "relay-read");
    daemon(
        () -> {
          try (OutputStream out = to.getOutputStream()) {
            while (true) {
              byte[] chunk = queue.take();
              if (chunk == EOF) {
                break;
              }
              out.write(chunk);
            }
          } catch (IOException e) {
            // closed from either side
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        },
        "relay-write");
  }

  private static void daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    open.forEach(ElasticRelay::closeQuietly);
  }
}
