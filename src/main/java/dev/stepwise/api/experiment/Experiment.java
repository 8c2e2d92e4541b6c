package dev.stepwise.api.experiment;

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

/** A time-boxed run of one or more ReplicaSet templates side by side, with optional analyses. */
@Group(ArgoResource.GROUP)
@Version(ArgoResource.VERSION)
@Kind("Experiment")
@Plural("experiments")
@Singular("experiment")
@ShortNames("exp")
@AdditionalPrinterColumn(
    name = "Status",
    jsonPath = ".status.phase",
    type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
public class Experiment extends CustomResource<ExperimentSpec, ExperimentStatus>
    implements Namespaced {}
