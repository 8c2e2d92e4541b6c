package dev.stepwise.api.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.analysis.provider.CloudWatchMetric;
import dev.stepwise.api.analysis.provider.DatadogMetric;
import dev.stepwise.api.analysis.provider.GraphiteMetric;
import dev.stepwise.api.analysis.provider.InfluxdbMetric;
import dev.stepwise.api.analysis.provider.JobMetric;
import dev.stepwise.api.analysis.provider.KayentaMetric;
import dev.stepwise.api.analysis.provider.NewRelicMetric;
import dev.stepwise.api.analysis.provider.PrometheusMetric;
import dev.stepwise.api.analysis.provider.SkyWalkingMetric;
import dev.stepwise.api.analysis.provider.WavefrontMetric;
import dev.stepwise.api.analysis.provider.WebMetric;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Map;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider} of AnalysisTemplate, {@code
 * spec.metrics[].provider} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MetricProvider extends ApiObject {
  @JsonProperty("cloudWatch")
  private CloudWatchMetric cloudWatch;

  @JsonProperty("datadog")
  private DatadogMetric datadog;

  @JsonProperty("graphite")
  private GraphiteMetric graphite;

  @JsonProperty("influxdb")
  private InfluxdbMetric influxdb;

  @JsonProperty("job")
  private JobMetric job;

  @JsonProperty("kayenta")
  private KayentaMetric kayenta;

  @JsonProperty("newRelic")
  private NewRelicMetric newRelic;

  @PreserveUnknownFields
  @JsonProperty("plugin")
  private Map<String, Object> plugin;

  @JsonProperty("prometheus")
  private PrometheusMetric prometheus;

  @JsonProperty("skywalking")
  private SkyWalkingMetric skywalking;

  @JsonProperty("wavefront")
  private WavefrontMetric wavefront;

  @JsonProperty("web")
  private WebMetric web;

  public CloudWatchMetric getCloudWatch() {
    return cloudWatch;
  }

  public void setCloudWatch(CloudWatchMetric cloudWatch) {
    this.cloudWatch = cloudWatch;
  }

  public DatadogMetric getDatadog() {
    return datadog;
  }

  public void setDatadog(DatadogMetric datadog) {
    this.datadog = datadog;
  }

  public GraphiteMetric getGraphite() {
    return graphite;
  }

  public void setGraphite(GraphiteMetric graphite) {
    this.graphite = graphite;
  }

  public InfluxdbMetric getInfluxdb() {
    return influxdb;
  }

  public void setInfluxdb(InfluxdbMetric influxdb) {
    this.influxdb = influxdb;
  }

  public JobMetric getJob() {
    return job;
  }

  public void setJob(JobMetric job) {
    this.job = job;
  }

  public KayentaMetric getKayenta() {
    return kayenta;
  }

  public void setKayenta(KayentaMetric kayenta) {
    this.kayenta = kayenta;
  }

  public NewRelicMetric getNewRelic() {
    return newRelic;
  }

  public void setNewRelic(NewRelicMetric newRelic) {
    this.newRelic = newRelic;
  }

  public Map<String, Object> getPlugin() {
    return plugin;
  }

  public void setPlugin(Map<String, Object> plugin) {
    this.plugin = plugin;
  }

  public PrometheusMetric getPrometheus() {
    return prometheus;
  }

  public void setPrometheus(PrometheusMetric prometheus) {
    this.prometheus = prometheus;
  }

  public SkyWalkingMetric getSkywalking() {
    return skywalking;
  }

  public void setSkywalking(SkyWalkingMetric skywalking) {
    this.skywalking = skywalking;
  }

  public WavefrontMetric getWavefront() {
    return wavefront;
  }

  public void setWavefront(WavefrontMetric wavefront) {
    this.wavefront = wavefront;
  }

  public WebMetric getWeb() {
    return web;
  }

  public void setWeb(WebMetric web) {
    this.web = web;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricProvider that
        && Objects.equals(cloudWatch, that.cloudWatch)
        && Objects.equals(datadog, that.datadog)
        && Objects.equals(graphite, that.graphite)
        && Objects.equals(influxdb, that.influxdb)
        && Objects.equals(job, that.job)
        && Objects.equals(kayenta, that.kayenta)
        && Objects.equals(newRelic, that.newRelic)
        && Objects.equals(plugin, that.plugin)
        && Objects.equals(prometheus, that.prometheus)
        && Objects.equals(skywalking, that.skywalking)
        && Objects.equals(wavefront, that.wavefront)
        && Objects.equals(web, that.web)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cloudWatch,
        datadog,
        graphite,
        influxdb,
        job,
        kayenta,
        newRelic,
        plugin,
        prometheus,
        skywalking,
        wavefront,
        web,
        extras());
  }
}
