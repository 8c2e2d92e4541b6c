package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuTimesTest {
  @Test
  void busyIsEverythingButIdleAndIoWait() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    double[] m = CpuTimes.machine("cpu  500 100 200 1000 100 50 30 20 400 0");

    assertThat(m[0]).isEqualTo(9.0); // 500+100+200+50+30+20 ticks
    assertThat(m[1]).isEqualTo(20.0); // the eight fields, guest counted in user already
  }

  @Test
  void thisJvmHasUsedCpu() {
    assertThat(CpuTimes.thisJvm()).isPositive();
  }
}
