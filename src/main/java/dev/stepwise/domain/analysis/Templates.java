package dev.stepwise.domain.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Templates → run spec, as upstream builds a run from a rollout's (or experiment's) template
 * references: nested {@code templates[]} expanded, metrics flattened, template arguments merged and
 * then given values by the caller's arguments.
 */
public final class Templates {
  private Templates() {}

  /**
   * Every template reachable from {@code refs}, each once: a template, then those it nests.
   *
   * @param lookup a template by reference, or null when there is none
   * @throws AnalysisSpecException upstream's NotFound message for a missing template
   */
  public static List<TemplateSpec> expand(
      List<TemplateSpec.Ref> refs, Function<TemplateSpec.Ref, TemplateSpec> lookup) {
    List<TemplateSpec> out = new ArrayList<>();
    expand(refs, lookup, new HashSet<>(), out);
    return out;
  }

  private static void expand(
      List<TemplateSpec.Ref> refs,
      Function<TemplateSpec.Ref, TemplateSpec> lookup,
      Set<TemplateSpec.Ref> seen,
      List<TemplateSpec> out) {
    for (TemplateSpec.Ref ref : refs) {
      if (!seen.add(ref)) {
        continue; // a template nested twice (or in a cycle) contributes once
      }
      TemplateSpec t = lookup.apply(ref);
      if (t == null) {
        throw new AnalysisSpecException(ref.notFound());
      }
      out.add(t);
      expand(t.templates(), lookup, seen, out);
    }
  }

  /**
   * The run spec for these templates and the caller's arguments.
   *
   * @param templates the templates in order (see {@link #expand})
   * @param args the caller's arguments: a value (or Secret) for a template argument of that name
   * @param dryRun the caller's dryRun rules, added to the templates'
   * @param retention the caller's measurementRetention rules, added to the templates'
   * @throws AnalysisSpecException for duplicate metrics, conflicting argument values, or {@code
   *     args.x was not resolved} for an argument that ends without a value
   */
  public static RunSpec toRunSpec(
      List<TemplateSpec> templates,
      List<ArgSpec> args,
      List<String> dryRun,
      List<RunSpec.Retention> retention) {
    List<MetricSpec> metrics = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<ArgSpec> merged = new ArrayList<>();
    Set<String> dry = new LinkedHashSet<>();
    Map<String, RunSpec.Retention> keep = new java.util.LinkedHashMap<>();
    for (TemplateSpec t : templates) {
      for (MetricSpec m : t.metrics()) {
        if (!names.add(m.name())) {
          throw new AnalysisSpecException("two metrics have the same name '" + m.name() + "'");
        }
        metrics.add(m);
      }
      for (ArgSpec a : t.args()) {
        appendOrUpdate(merged, a);
      }
      dry.addAll(t.dryRun());
      t.measurementRetention().forEach(r -> keep.put(r.metricName(), r));
    }
    if (dryRun != null) {
      dry.addAll(dryRun);
    }
    if (retention != null) {
      retention.forEach(r -> keep.put(r.metricName(), r));
    }
    List<ArgSpec> resolved = mergeArgs(args == null ? List.of() : args, merged);
    return new RunSpec(
        metrics, resolved, List.copyOf(dry), List.copyOf(keep.values()), null, false);
  }

  /** Two templates may declare the same argument; two different values are an error. */
  private static void appendOrUpdate(List<ArgSpec> merged, ArgSpec a) {
    for (int i = 0; i < merged.size(); i++) {
      ArgSpec prev = merged.get(i);
      if (prev.name().equals(a.name())) {
        if (prev.value() != null && a.value() != null && !prev.value().equals(a.value())) {
          throw new AnalysisSpecException(
              "Argument `"
                  + a.name()
                  + "` specified multiple times with different values: '"
                  + prev.value()
                  + "', '"
                  + a.value()
                  + "'");
        }
        if (prev.value() == null) {
          merged.set(i, a); // a value never gives way to an argument without one
        }
        return;
      }
    }
    merged.add(a);
  }

  /**
   * Rollout-side arguments with their {@code fieldRef} read from the Rollout.
   *
   * @param lookup the value at a field path; throws {@link AnalysisSpecException} when it cannot
   */
  public static List<ArgSpec> resolveFieldRefs(
      List<ArgSpec> args, java.util.function.UnaryOperator<String> lookup) {
    return args.stream()
        .map(a -> a.fieldPath() == null ? a : a.withValue(lookup.apply(a.fieldPath())))
        .toList();
  }

  /**
   * The template arguments with the caller's values (a caller's argument the templates do not
   * declare is ignored, as upstream); every argument must end up with a value or a source.
   */
  public static List<ArgSpec> mergeArgs(List<ArgSpec> incoming, List<ArgSpec> templateArgs) {
    List<ArgSpec> out = new ArrayList<>(templateArgs);
    for (ArgSpec a : incoming) {
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).name().equals(a.name())) {
          if (a.value() != null) {
            out.set(i, out.get(i).withValue(a.value()));
          } else if (a.hasSource()) {
            out.set(i, new ArgSpec(a.name(), null, a.secretName(), a.secretKey(), a.fieldPath()));
          }
        }
      }
    }
    for (ArgSpec a : out) {
      if (!a.hasSource()) {
        throw new AnalysisSpecException("args." + a.name() + " was not resolved");
      }
    }
    return out;
  }
}
