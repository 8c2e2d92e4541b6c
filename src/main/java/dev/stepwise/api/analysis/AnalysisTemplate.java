package dev.stepwise.api.analysis;

import dev.stepwise.api.ArgoResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** A namespaced recipe of metrics and arguments from which AnalysisRuns are made; no status. */
@Group(ArgoResource.GROUP)
@Version(ArgoResource.VERSION)
@Kind("AnalysisTemplate")
@Plural("analysistemplates")
@Singular("analysistemplate")
@ShortNames("at")
public class AnalysisTemplate extends CustomResource<AnalysisTemplateSpec, Void>
    implements Namespaced {}
