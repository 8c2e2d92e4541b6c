/**
 * The argoproj.io/v1alpha1 API as fabric8 custom resources: {@link
 * dev.stepwise.api.rollout.Rollout}, {@link dev.stepwise.api.analysis.AnalysisTemplate}, {@link
 * dev.stepwise.api.analysis.ClusterAnalysisTemplate}, {@link dev.stepwise.api.analysis.AnalysisRun}
 * and {@link dev.stepwise.api.experiment.Experiment}.
 *
 * <p>Conventions, the same in every sub-package:
 *
 * <ul>
 *   <li>JSON names are upstream's, exactly ({@code HPAReplicas}, {@code stableRS}); each field
 *       carries {@code @JsonProperty}, so Java accessor names ({@code getHpaReplicas}) never leak
 *       into JSON.
 *   <li>Every structure extends {@link dev.stepwise.api.common.ApiObject}: JSON fields the model
 *       does not know are kept and written back, so a read-modify-write never drops them.
 *   <li>Timestamps are RFC 3339 strings (as upstream writes them, e.g. {@code
 *       2024-05-01T10:00:00Z}); convert with {@code Instant.parse} / {@code Instant.toString}.
 *       {@code status.observedGeneration} is a string, as upstream has it.
 *   <li>Int-or-string fields ({@code maxSurge}, {@code pause.duration}, metric {@code count}) are
 *       fabric8 {@code IntOrString}; free-form fields (traffic-router {@code plugins}, step plugin
 *       {@code config}, web {@code jsonBody}) are {@code Map<String, Object>}.
 *   <li>Kubernetes structures are fabric8's own: {@code PodTemplateSpec}, {@code LabelSelector},
 *       {@code JobSpec}.
 * </ul>
 *
 * <p>Generated CRDs land in {@code target/classes/META-INF/fabric8/<plural>.argoproj.io-v1.yml} and
 * are checked in under {@code deploy/crds}. One deliberate difference from upstream: the generator
 * gives every kind with a status (AnalysisRun and Experiment too, not only Rollout) the status
 * subresource, so writers must use the status endpoints for them.
 */
package dev.stepwise.api;
