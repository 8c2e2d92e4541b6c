package dev.stepwise.api;

/** Constants shared by the five argoproj.io/v1alpha1 kinds Stepwise serves. */
public final class ArgoResource {
  /** API group of every Argo Rollouts kind. */
  public static final String GROUP = "argoproj.io";

  /** The only served and stored version. */
  public static final String VERSION = "v1alpha1";

  /** {@code apiVersion} as written in manifests. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private ArgoResource() {}
}
