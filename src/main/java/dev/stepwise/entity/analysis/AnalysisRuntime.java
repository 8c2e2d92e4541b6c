package dev.stepwise.entity.analysis;

import dev.stepwise.analysis.AnalysisEnvironment;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What every analysis run actor shares.
 *
 * @param env templates, the AnalysisRun objects, Secrets and providers (blocking calls)
 * @param clock the time of measurements and schedules
 * @param blocking runs the environment's API calls (spec, status writes, deletes)
 * @param measuring runs provider calls, which may block for their whole timeout; kept apart so a
 *     slow provider never delays status writes
 * @param snapshotEvery snapshot a run's state every this many events
 */
public record AnalysisRuntime(
    AnalysisEnvironment env,
    Clock clock,
    Executor blocking,
    Executor measuring,
    int snapshotEvery) {}
