package dev.stepwise.domain.expr;

import java.util.List;

/**
 * A function a caller puts into the env (as Argo puts {@code asInt}, {@code isNil}, ...). It gets
 * evaluated arguments and may throw {@link ExprException} with an expr-like message.
 */
@FunctionalInterface
public interface ExprFunction {
  Object call(List<Object> args);
}
