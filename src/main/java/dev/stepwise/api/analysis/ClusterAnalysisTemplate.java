package dev.stepwise.api.analysis;

import dev.stepwise.api.ArgoResource;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** The cluster-scoped twin of {@link AnalysisTemplate} (referenced with {@code clusterScope}). */
@Group(ArgoResource.GROUP)
@Version(ArgoResource.VERSION)
@Kind("ClusterAnalysisTemplate")
@Plural("clusteranalysistemplates")
@Singular("clusteranalysistemplate")
@ShortNames("cat")
public class ClusterAnalysisTemplate extends CustomResource<AnalysisTemplateSpec, Void> {}
