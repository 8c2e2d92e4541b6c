package dev.stepwise.domain.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.stepwise.api.fixtures.ExampleManifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every successCondition/failureCondition in the upstream examples compiles and runs, so a new
 * example with syntax we don't support fails here rather than in a cluster.
 */
class ExampleConditionsTest {
  private static final Pattern KEY =
      Pattern.compile("^\\s*-?\\s*(successCondition|failureCondition):", Pattern.MULTILINE);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  @Test
  void everyExampleConditionCompilesAndEvaluatesOverAProviderResult() {
    List<String> conditions = new ArrayList<>();
    ExampleManifests.allDocuments().stream()
        .filter(ExampleManifests.Document::parses)
        .forEach(d -> collect(d.tree(), conditions));

    assertThat(conditions)
        .as("conditions found by parsing = condition keys in the raw text")
        .hasSize((int) rawKeyCount());
    assertThat(conditions).contains("result == 'It worked!'", "result[0] >= 0.99");
    for (String condition : conditions) {
      // Argo substitutes {{args.x}} before evaluating; any number stands in for it here.
      String expr = PLACEHOLDER.matcher(condition).replaceAll("1");
      Program program = Expr.compile(expr);
      assertThatCode(() -> runOverSomeResult(program)).as(condition).doesNotThrowAnyException();
    }
  }

  /** Runs over the shapes providers produce; at least one shape must yield a bool. */
  private static void runOverSomeResult(Program program) {
    List<Object> shapes =
        List.of(
            0.5,
            List.of(0.5),
            "It worked!",
            Map.of("ok", true),
            List.of(Map.of("Values", List.of(0.5))));
    ExprAssessor assessor = new ExprAssessor(Rows.CLOCK);
    for (Object result : shapes) {
      try {
        assessor.evaluate(program.source(), result);
        return;
      } catch (ExprException e) {
        // this shape does not fit this condition; try the next
      }
    }
    throw new AssertionError("no provider-shaped result makes " + program.source() + " a bool");
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isObject()) {
      for (String key : List.of("successCondition", "failureCondition")) {
        if (node.has(key) && node.get(key).isString()) {
          out.add(node.get(key).asString());
        }
      }
      node.properties().forEach(e -> collect(e.getValue(), out));
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }

  private static long rawKeyCount() {
    Path dir = ExampleManifests.directory();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !dir.relativize(p).toString().startsWith("helm-blue-green/templates"))
          .mapToLong(ExampleConditionsTest::keys)
          .sum();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static long keys(Path file) {
    try {
      Matcher m = KEY.matcher(Files.readString(file));
      long n = 0;
      while (m.find()) {
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
