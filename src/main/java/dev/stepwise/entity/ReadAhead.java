package dev.stepwise.entity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file from its end to its start, in large blocks, on a thread of its own, to bring it into
 * the page cache while another reader (H2 opening and compacting the journal) reads it in small
 * pieces.
 *
 * <p>Why: a restart after a kill finds most of the journal file out of the page cache (this VM's
 * kdamond reclaims pages not touched for a while), and H2's open of a killed file reads the header
 * and footer of every live chunk, and the compaction every live page. Cold, a 2.6 GB journal took
 * 17.7 s to open and 26.5 s to open and compact; with a sequential read alongside, 11.8 s. From the
 * end: the newest chunks hold the most live pages, and with the chunk rewriting on
 * (H2ChunkRewriter) nearly all of them. After such a kill at 10,000 rollouts 2,480 of 2,661 live
 * chunks sat in the file's last tenth, and a read from the start took the compaction from 6.6 s (no
 * read-ahead) to 9.3 s, one from the end to 6.0 s (BENCHMARKS.md). Without the rewriting the live
 * chunks spread over the whole file, and the read covers it either way. Warm, the read costs a
 * memory copy.
 *
 * <p>The file stays open until {@link #close()}: callers close it only after the other reader has
 * closed the file, because on Linux closing any descriptor of a file drops every lock the process
 * holds on it.
 */
final class ReadAhead implements AutoCloseable {
  private static final int BLOCK = 8 << 20;

  private final FileChannel channel;
  private final Thread thread;
  private volatile boolean stopped;

  private ReadAhead(FileChannel channel) {
    this.channel = channel;
    this.thread =
        Thread.ofPlatform().name("stepwise-journal-read-ahead").daemon().unstarted(this::read);
  }

  /** Starts reading {@code file}; a file that cannot be opened is not read (nothing to close). */
  static ReadAhead start(Path file) {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      return new ReadAhead(null);
    }
    ReadAhead ahead = new ReadAhead(channel);
    ahead.thread.start();
    return ahead;
  }

  private void read() {
    ByteBuffer buffer = ByteBuffer.allocateDirect(BLOCK);
    try {
      long end = channel.size();
      while (!stopped && end > 0) {
        long start = Math.max(0, end - BLOCK);
        buffer.clear().limit((int) (end - start));
        while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) > 0) {
          // a short read: read the rest of the block
        }
        end = start;
      }
    } catch (IOException e) {
      // only a hint to the page cache: the real reader reports its own errors
    }
  }

  /** Stops reading, waits for the thread, then closes the file. */
  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    stopped = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing was written through it
    }
  }
}
