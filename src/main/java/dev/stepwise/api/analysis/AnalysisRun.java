package dev.stepwise.api.analysis;

import dev.stepwise.api.ArgoResource;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * One execution of flattened metrics, made by a rollout, an experiment or a user, whose status
 * records every measurement.
 */
@Group(ArgoResource.GROUP)
@Version(ArgoResource.VERSION)
@Kind("AnalysisRun")
@Plural("analysisruns")
@Singular("analysisrun")
@ShortNames("ar")
@AdditionalPrinterColumn(
    name = "Status",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class AnalysisRun extends CustomResource<AnalysisRunSpec, AnalysisRunStatus>
    implements Namespaced {}
