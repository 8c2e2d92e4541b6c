package dev.stepwise.domain.expr;

import dev.stepwise.domain.analysis.AnalysisPhase;
import dev.stepwise.domain.analysis.ResultAssessor;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Upstream's EvaluateResult (utils/evaluate/evaluate.go, semantics §2.1): evaluates a metric's
 * successCondition and failureCondition over {@code result} and maps them to a phase.
 *
 * <p>Deliberate difference: a blank (whitespace-only) condition counts as absent; upstream would
 * try to compile it and report an Error.
 */
public final class ExprAssessor implements ResultAssessor {
  private static final int CACHE_LIMIT = 1024;

  private final Clock clock;
  private final Map<String, Program> cache = new ConcurrentHashMap<>();

  public ExprAssessor() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock what {@code now()} reads inside conditions
   */
  public ExprAssessor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Assessment assess(String successCondition, String failureCondition, Object result) {
    boolean hasSuccess = present(successCondition);
    boolean hasFailure = present(failureCondition);
    boolean success = false;
    boolean failure = false;
    try {
      if (hasSuccess) {
        success = evaluate(successCondition, result);
      }
    } catch (ExprException e) {
      return error("successCondition", successCondition, e, result);
    }
    try {
      if (hasFailure) {
        failure = evaluate(failureCondition, result);
      }
    } catch (ExprException e) {
      return error("failureCondition", failureCondition, e, result);
    }
    if (!hasSuccess && !hasFailure) {
      return new Assessment(AnalysisPhase.SUCCESSFUL, null);
    }
    if (hasSuccess && !hasFailure) {
      failure = !success;
    } else if (!hasSuccess) {
      success = !failure;
    }
    if (failure) {
      return new Assessment(AnalysisPhase.FAILED, null);
    }
    if (!success) {
      return new Assessment(AnalysisPhase.INCONCLUSIVE, null);
    }
    return new Assessment(AnalysisPhase.SUCCESSFUL, null);
  }

  /**
   * Upstream's EvalCondition: the condition must yield a bool.
   *
   * @throws ExprException with the bare expr message, or "expected bool, but got T"
   */
  public boolean evaluate(String condition, Object result) {
    Object out = program(condition).run(ArgoFunctions.env(result), clock);
    if (out instanceof Boolean b) {
      return b;
    }
    throw new ExprException("expected bool, but got " + GoFormat.typeName(out));
  }

  private Program program(String condition) {
    Program p = cache.get(condition);
    if (p == null) {
      p = Expr.compile(condition);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(condition, p);
      }
    }
    return p;
  }

  private static boolean present(String condition) {
    return condition != null && !condition.isBlank();
  }

  /** Upstream's formatEvalError: an empty result explains itself instead of the expr error. */
  private static Assessment error(String which, String condition, ExprException e, Object result) {
    String prefix = "could not evaluate " + which + " \"" + condition + "\": ";
    String detail =
        ArgoFunctions.isNilOrEmpty(result)
            ? "metric result is nil or empty: no data returned from the metric provider"
            : e.getMessage();
    return new Assessment(AnalysisPhase.ERROR, prefix + detail);
  }
}
