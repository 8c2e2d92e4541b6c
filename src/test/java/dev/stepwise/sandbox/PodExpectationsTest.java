package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PodExpectationsTest {
  private final AtomicLong now = new AtomicLong();
  private final PodExpectations expectations =
      new PodExpectations(Duration.ofSeconds(30), now::get);

  @Test
  void aPodCreatedHereCountsUntilTheCacheShowsIt() {
    expectations.created("rs-1", pod("a"));

    assertThat(names(expectations.adjust("rs-1", List.of()))).containsExactly("a");
    assertThat(names(expectations.adjust("rs-1", List.of(pod("a"))))).containsExactly("a");
    // seen once: from then on the cache alone decides, so its deletion is not hidden
    assertThat(expectations.adjust("rs-1", List.of())).isEmpty();
  }

  @Test
  void aPodDeletedHereNoLongerCountsWhileTheCacheStillHoldsIt() {
    expectations.deleted("rs-1", "a");

    assertThat(names(expectations.adjust("rs-1", List.of(pod("a"), pod("b")))))
        .containsExactly("b");
    assertThat(names(expectations.adjust("rs-1", List.of(pod("b"))))).containsExactly("b");
    // a new pod of the same name later (the cache caught up in between) counts again
    assertThat(names(expectations.adjust("rs-1", List.of(pod("a"), pod("b")))))
        .containsExactly("a", "b");
  }

  @Test
  void aCreateWhoseDeletionWasObservedIsNoLongerWaitedFor() {
    expectations.created("rs-1", pod("a"));
    expectations.gone("rs-1", "a");

    assertThat(expectations.adjust("rs-1", List.of())).isEmpty();
  }

  @Test
  void expectationsEndAfterTheirTimeToLive() {
    expectations.created("rs-1", pod("a"));
    expectations.deleted("rs-1", "b");
    now.addAndGet(Duration.ofSeconds(31).toNanos());

    assertThat(names(expectations.adjust("rs-1", List.of(pod("b"))))).containsExactly("b");
  }

  @Test
  void replicaSetsAreKeptApart() {
    expectations.created("rs-1", pod("a"));
    expectations.deleted("rs-1", "b");

    assertThat(names(expectations.adjust("rs-2", List.of(pod("b"))))).containsExactly("b");
    expectations.forget("rs-1");
    assertThat(expectations.adjust("rs-1", List.of())).isEmpty();
  }

  private static Pod pod(String name) {
    return new PodBuilder().withNewMetadata().withName(name).endMetadata().build();
  }

  private static List<String> names(List<Pod> pods) {
    return pods.stream().map(p -> p.getMetadata().getName()).toList();
  }
}
