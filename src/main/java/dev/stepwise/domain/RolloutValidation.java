package dev.stepwise.domain;

import static dev.stepwise.domain.ValidationFormat.invalid;
import static dev.stepwise.domain.ValidationFormat.invalidRendered;
import static dev.stepwise.domain.ValidationFormat.nonNegative;
import static dev.stepwise.domain.ValidationFormat.required;

import dev.stepwise.domain.ValidationFacts.SelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Upstream's InvalidSpec rules (pkg/apis/rollouts/validation/validation.go: ValidateRolloutSpec)
 * for the fields Stepwise reads, with upstream's field paths, messages and order, followed by the
 * features Stepwise does not support yet. The first error is the InvalidSpec message.
 */
public final class RolloutValidation {
  /** Upstream's template-resolver error, which the controller reports before any field error. */
  static final String TEMPLATE_NOT_EMPTY = "template must be empty for workload reference rollout";

  private RolloutValidation() {}

  /**
   * The InvalidSpec condition message for the first error, or null when the spec is valid. As
   * upstream's controller resolves a workloadRef before it validates, a workloadRef Rollout with a
   * template reports the resolver's error, without a field path.
   */
  public static String invalidSpecMessage(String name, RolloutSpec spec) {
    List<String> errors = validate(spec);
    if (errors.isEmpty()) {
      return null;
    }
    boolean decodeError = spec.decodeErrors() != null && !spec.decodeErrors().isEmpty();
    String first = templateNotEmpty(spec) && !decodeError ? TEMPLATE_NOT_EMPTY : errors.get(0);
    return "The Rollout \"" + name + "\" is invalid: " + first;
  }

  /**
   * Every error as `kubectl argo rollouts lint` words it, in upstream's order: fields that could
   * not be decoded first, then upstream's rules, then what Stepwise does not support yet.
   */
  public static List<String> validate(RolloutSpec spec) {
    List<String> errs = new ArrayList<>();
    if (spec == null) {
      return errs;
    }
    errs.addAll(spec.decodeErrors() == null ? List.of() : spec.decodeErrors());
    add(errs, nonNegative("spec.replicas", Specs.replicas(spec)));
    if (spec.workloadRef() == null) {
      selector(spec, errs);
    }
    if (templateNotEmpty(spec)) {
      errs.add(ValidationFormat.internal("spec.template", TEMPLATE_NOT_EMPTY));
    }
    template(spec, errs);
    add(errs, nonNegative("spec.minReadySeconds", spec.minReadySeconds()));
    add(errs, nonNegative("spec.revisionHistoryLimit", revisionHistoryLimit(spec)));
    int deadline = orElse(spec.progressDeadlineSeconds(), Specs.DEFAULT_PROGRESS_DEADLINE);
    add(errs, nonNegative("spec.progressDeadlineSeconds", deadline));
    if (deadline <= spec.minReadySeconds()) {
      errs.add(
          invalid(
              "spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds"));
    }
    strategy(spec, errs);
    errs.addAll(ValidationUnsupported.features(spec));
    return errs;
  }

  private static void selector(RolloutSpec spec, List<String> errs) {
    Map<String, String> match = spec.selectorMatchLabels();
    List<SelectorRequirement> exprs = expressions(spec);
    if (match == null && exprs.isEmpty() && !spec.selectorHasExpressions()) {
      errs.add(required("spec.selector", "Rollout has missing field '.spec.selector'"));
      return;
    }
    ValidationLabels.selector(match, exprs, errs);
    if ((match == null || match.isEmpty()) && !spec.selectorHasExpressions()) {
      errs.add(
          invalidRendered(
              "spec.selector",
              ValidationLabels.selectorJson(match, exprs),
              "empty selector is invalid for deployment"));
    }
  }

  /**
   * LabelSelectorAsSelector, then ValidatePodTemplateSpecForReplicaSet (skipped for a workloadRef
   * Rollout, whose template upstream validates only once resolved).
   */
  private static void template(RolloutSpec spec, List<String> errs) {
    Map<String, String> match = spec.selectorMatchLabels();
    List<SelectorRequirement> exprs = expressions(spec);
    if (!ValidationLabels.convertible(match, exprs)) {
      errs.add(
          invalidRendered(
              "spec.selector",
              ValidationLabels.selectorJson(match, exprs),
              "invalid label selector"));
      return;
    }
    if (spec.workloadRef() != null) {
      return;
    }
    Map<String, String> labels = spec.templateLabels() == null ? Map.of() : spec.templateLabels();
    // A nil selector selects nothing, an empty one everything (labels.Selector.Empty()).
    boolean selectsAll =
        match != null && match.isEmpty() && exprs.isEmpty() && !spec.selectorHasExpressions();
    boolean opaque = spec.selectorHasExpressions() && exprs.isEmpty(); // expressions not mapped
    boolean none = match == null && !spec.selectorHasExpressions();
    if (!selectsAll && !opaque && (none || !ValidationLabels.matches(match, exprs, labels))) {
      errs.add(
          invalidRendered(
              "spec.template.metadata.labels",
              ValidationFormat.jsonMap(labels),
              "`selector` does not match template `labels`"));
    }
    ValidationLabels.labels(labels, "spec.template.labels", errs);
    ValidationPodTemplate.validate(facts(spec) == null ? null : facts(spec).pod(), errs);
  }

  private static void strategy(RolloutSpec spec, List<String> errs) {
    RolloutSpec.CanarySpec canary = spec.canary();
    if (canary == null && !spec.blueGreen()) {
      errs.add(
          required(
              "spec.strategy.strategy",
              "Rollout has missing field '.spec.strategy.canary or .spec.strategy.blueGreen'"));
    } else if (canary != null && spec.blueGreen()) {
      errs.add(
          invalid(
              "spec.strategy.strategy",
              "blueGreen: true canary: true",
              "Multiple Strategies can not be listed"));
    } else if (spec.blueGreen()) {
      ValidationStrategies.blueGreen(spec, errs);
    } else {
      ValidationStrategies.canary(spec, errs);
    }
  }

  static boolean templateNotEmpty(RolloutSpec spec) {
    if (spec == null || spec.workloadRef() == null) {
      return false;
    }
    ValidationFacts facts = facts(spec);
    return facts != null
        ? facts.templateMetadataSet()
        : spec.templateLabels() != null && !spec.templateLabels().isEmpty();
  }

  static int revisionHistoryLimit(RolloutSpec spec) {
    return orElse(spec.revisionHistoryLimit(), Specs.DEFAULT_REVISION_HISTORY_LIMIT);
  }

  static ValidationFacts facts(RolloutSpec spec) {
    return spec.validationFacts();
  }

  private static List<SelectorRequirement> expressions(RolloutSpec spec) {
    ValidationFacts facts = facts(spec);
    return facts == null || facts.selectorExpressions() == null
        ? List.of()
        : facts.selectorExpressions();
  }

  private static void add(List<String> errs, String error) {
    if (error != null) {
      errs.add(error);
    }
  }

  private static int orElse(Integer v, int dflt) {
    return Objects.requireNonNullElse(v, dflt);
  }
}
