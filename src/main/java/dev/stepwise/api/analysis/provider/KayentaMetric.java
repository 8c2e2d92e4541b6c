package dev.stepwise.api.analysis.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stepwise.api.common.ApiObject;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/**
 * The Argo Rollouts object found at {@code spec.metrics[].provider.kayenta} of AnalysisTemplate,
 * {@code spec.metrics[].provider.kayenta} of AnalysisRun.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class KayentaMetric extends ApiObject {
  @Required
  @JsonProperty("address")
  private String address;

  @Required
  @JsonProperty("application")
  private String application;

  @Required
  @JsonProperty("canaryConfigName")
  private String canaryConfigName;

  @Required
  @JsonProperty("configurationAccountName")
  private String configurationAccountName;

  @JsonProperty("lookback")
  private Boolean lookback;

  @Required
  @JsonProperty("metricsAccountName")
  private String metricsAccountName;

  @Required
  @JsonProperty("scopes")
  private List<KayentaScope> scopes;

  @Required
  @JsonProperty("storageAccountName")
  private String storageAccountName;

  @Required
  @JsonProperty("threshold")
  private KayentaThreshold threshold;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getApplication() {
    return application;
  }

  public void setApplication(String application) {
    this.application = application;
  }

  public String getCanaryConfigName() {
    return canaryConfigName;
  }

  public void setCanaryConfigName(String canaryConfigName) {
    this.canaryConfigName = canaryConfigName;
  }

  public String getConfigurationAccountName() {
    return configurationAccountName;
  }

  public void setConfigurationAccountName(String configurationAccountName) {
    this.configurationAccountName = configurationAccountName;
  }

  public Boolean getLookback() {
    return lookback;
  }

  public void setLookback(Boolean lookback) {
    this.lookback = lookback;
  }

  public String getMetricsAccountName() {
    return metricsAccountName;
  }

  public void setMetricsAccountName(String metricsAccountName) {
    this.metricsAccountName = metricsAccountName;
  }

  public List<KayentaScope> getScopes() {
    return scopes;
  }

  public void setScopes(List<KayentaScope> scopes) {
    this.scopes = scopes;
  }

  public String getStorageAccountName() {
    return storageAccountName;
  }

  public void setStorageAccountName(String storageAccountName) {
    this.storageAccountName = storageAccountName;
  }

  public KayentaThreshold getThreshold() {
    return threshold;
  }

  public void setThreshold(KayentaThreshold threshold) {
    this.threshold = threshold;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KayentaMetric that
        && Objects.equals(address, that.address)
        && Objects.equals(application, that.application)
        && Objects.equals(canaryConfigName, that.canaryConfigName)
        && Objects.equals(configurationAccountName, that.configurationAccountName)
        && Objects.equals(lookback, that.lookback)
        && Objects.equals(metricsAccountName, that.metricsAccountName)
        && Objects.equals(scopes, that.scopes)
        && Objects.equals(storageAccountName, that.storageAccountName)
        && Objects.equals(threshold, that.threshold)
        && sameExtras(that);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        address,
        application,
        canaryConfigName,
        configurationAccountName,
        lookback,
        metricsAccountName,
        scopes,
        storageAccountName,
        threshold,
        extras());
  }
}
