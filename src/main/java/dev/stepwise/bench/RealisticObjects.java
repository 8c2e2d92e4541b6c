package dev.stepwise.bench;

/**
 * The objects of one benchmark rollout as a real API server returns them after {@code kubectl
 * apply} and one update: a Rollout with its last-applied-configuration and status, its current and
 * its previous ReplicaSet (pod templates defaulted by the server) and one running Pod with the
 * service-account volume, tolerations and container status a kubelet reports, each carrying the
 * {@code managedFields} of the managers that wrote it. The embedded API server stores them as given
 * (it writes no managedFields or defaults of its own).
 */
final class RealisticObjects {
  private RealisticObjects() {}

  static final String NAMESPACE = "default";
  private static final String T0 = "2026-11-27T05:00:00Z";
  private static final String T1 = "2026-11-27T05:03:00Z";

  /** The Rollout {@code name}, at rest on revision 2 with hash {@code h2}. */
  static String rollout(String name, String h1, String h2) {
    String lastApplied =
        ("{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"Rollout\",\"metadata\":"
                + "{\"annotations\":{},\"name\":\"%1$s\",\"namespace\":\"%2$s\"},\"spec\":"
                + "{\"replicas\":1,\"selector\":{\"matchLabels\":{\"app\":\"%1$s\"}},"
                + "\"strategy\":{\"canary\":{\"steps\":[{\"setWeight\":50},{\"pause\":"
                + "{\"duration\":\"5s\"}},{\"setWeight\":100}]}},\"template\":{\"metadata\":"
                + "{\"labels\":{\"app\":\"%1$s\"}},\"spec\":{\"containers\":[{\"image\":"
                + "\"argoproj/rollouts-demo:green\",\"name\":\"app\",\"ports\":[{\"containerPort\":"
                + "8080}]}]}}}}\n")
            .formatted(name, NAMESPACE)
            .replace("\"", "\\\"")
            .replace("\n", "\\n");
    return """
        {"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","metadata":{"name":"%1$s",
         "namespace":"%2$s","generation":2,"creationTimestamp":"%5$s",
         "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"%4$s",
          "rollout.argoproj.io/revision":"2"},
         "managedFields":[
          {"manager":"kubectl-client-side-apply","operation":"Update","apiVersion":"argoproj.io/v1alpha1",
           "time":"%6$s","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:annotations":{".":{},
           "f:kubectl.kubernetes.io/last-applied-configuration":{}}},"f:spec":{".":{},
           "f:replicas":{},"f:selector":{},"f:strategy":{".":{},"f:canary":{".":{},"f:steps":{}}},
           "f:template":{".":{},"f:metadata":{".":{},"f:labels":{".":{},"f:app":{}}},"f:spec":{}}}}},
          {"manager":"rollouts-controller","operation":"Update","apiVersion":"argoproj.io/v1alpha1",
           "time":"%6$s","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:annotations":
           {"f:rollout.argoproj.io/revision":{}}}}},
          {"manager":"rollouts-controller","operation":"Update","apiVersion":"argoproj.io/v1alpha1",
           "time":"%6$s","fieldsType":"FieldsV1","subresource":"status","fieldsV1":{"f:status":{".":{},
           "f:HPAReplicas":{},"f:availableReplicas":{},"f:blueGreen":{},"f:canary":{},
           "f:conditions":{},"f:currentPodHash":{},"f:currentStepHash":{},"f:currentStepIndex":{},
           "f:message":{},"f:observedGeneration":{},"f:phase":{},"f:readyReplicas":{},
           "f:replicas":{},"f:selector":{},"f:stableRS":{},"f:updatedReplicas":{}}}}]},
         "spec":{"replicas":1,"selector":{"matchLabels":{"app":"%1$s"}},
          "strategy":{"canary":{"steps":[{"setWeight":50},{"pause":{"duration":"5s"}},
           {"setWeight":100}]}},
          "template":{"metadata":{"labels":{"app":"%1$s"}},"spec":{"containers":[{"name":"app",
           "image":"argoproj/rollouts-demo:green","ports":[{"containerPort":8080}]}]}}},
         "status":{"HPAReplicas":1,"availableReplicas":1,"blueGreen":{},"canary":{},
          "conditions":[%7$s],"currentPodHash":"%3$s","currentStepHash":"5ffbfbbd64",
          "currentStepIndex":3,"message":"","observedGeneration":"2","phase":"Healthy",
          "readyReplicas":1,"replicas":1,"selector":"app=%1$s","stableRS":"%3$s",
          "updatedReplicas":1}}
        """
        .formatted(name, NAMESPACE, h2, lastApplied, T0, T1, conditions(name, h2));
  }

  private static String conditions(String name, String hash) {
    String c =
        """
        {"type":"%s","status":"True","reason":"%s","message":"%s",
         "lastTransitionTime":"%s","lastUpdateTime":"%s"}""";
    return String.join(
        ",",
        c.formatted(
            "Progressing",
            "NewReplicaSetAvailable",
            "ReplicaSet \\\"" + name + "-" + hash + "\\\" has successfully progressed.",
            T1,
            T1),
        c.formatted("Available", "AvailableReason", "Rollout has minimum availability", T1, T1),
        c.formatted("Paused", "RolloutPaused", "Rollout is paused", T1, T1)
            .replace("\"True\"", "\"False\""),
        c.formatted("Healthy", "RolloutHealthy", "Rollout is healthy", T1, T1),
        c.formatted(
            "Completed", "RolloutCompleted", "Rollout completed update to revision 2", T1, T1));
  }

  /** A ReplicaSet of the rollout: revision {@code revision}, {@code replicas} replicas. */
  static String replicaSet(String name, String uid, String hash, int revision, int replicas) {
    return """
        {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"%1$s-%3$s",
         "namespace":"%2$s","generation":2,"creationTimestamp":"%6$s",
         "labels":{"app":"%1$s","rollouts-pod-template-hash":"%3$s"},
         "annotations":{"rollout.argoproj.io/desired-replicas":"1",
          "rollout.argoproj.io/revision":"%4$d"},
         "ownerReferences":[{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","name":"%1$s",
          "uid":"%7$s","controller":true,"blockOwnerDeletion":true}],
         "managedFields":[
          {"manager":"rollouts-controller","operation":"Update","apiVersion":"apps/v1","time":"%6$s",
           "fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:annotations":{".":{},
           "f:rollout.argoproj.io/desired-replicas":{},"f:rollout.argoproj.io/revision":{}},
           "f:labels":{".":{},"f:app":{},"f:rollouts-pod-template-hash":{}},"f:ownerReferences":{
           ".":{},"k:{\\"uid\\":\\"%7$s\\"}":{}}},"f:spec":{"f:replicas":{},"f:selector":{},
           "f:template":{"f:metadata":{"f:labels":{".":{},"f:app":{},
           "f:rollouts-pod-template-hash":{}}},"f:spec":{"f:containers":{"k:{\\"name\\":\\"app\\"}":{
           ".":{},"f:image":{},"f:imagePullPolicy":{},"f:name":{},"f:ports":{".":{},
           "k:{\\"containerPort\\":8080,\\"protocol\\":\\"TCP\\"}":{".":{},"f:containerPort":{},
           "f:protocol":{}}},"f:resources":{},"f:terminationMessagePath":{},
           "f:terminationMessagePolicy":{}}},"f:dnsPolicy":{},"f:restartPolicy":{},
           "f:schedulerName":{},"f:securityContext":{},"f:terminationGracePeriodSeconds":{}}}}}},
          {"manager":"kube-controller-manager","operation":"Update","apiVersion":"apps/v1",
           "time":"%6$s","fieldsType":"FieldsV1","subresource":"status","fieldsV1":{"f:status":{
           "f:availableReplicas":{},"f:fullyLabeledReplicas":{},"f:observedGeneration":{},
           "f:readyReplicas":{},"f:replicas":{}}}}]},
         "spec":{"replicas":%5$d,"selector":{"matchLabels":{"app":"%1$s",
          "rollouts-pod-template-hash":"%3$s"}},
          "template":{"metadata":{"labels":{"app":"%1$s","rollouts-pod-template-hash":"%3$s"}},
           "spec":{"containers":[{"name":"app","image":"argoproj/rollouts-demo:green",
            "ports":[{"containerPort":8080,"protocol":"TCP"}],"resources":{},
            "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File",
            "imagePullPolicy":"IfNotPresent"}],"restartPolicy":"Always",
            "terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","securityContext":{},
            "schedulerName":"default-scheduler"}}},
         "status":{"replicas":%5$d,"fullyLabeledReplicas":%5$d,"readyReplicas":%5$d,
          "availableReplicas":%5$d,"observedGeneration":2}}
        """
        .formatted(name, NAMESPACE, hash, revision, replicas, T0, uid);
  }

  /** The running Pod of the rollout's ReplicaSet {@code hash}. */
  static String pod(String name, String hash, String rsUid) {
    return """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"%1$s-%3$s-x7k2p",
         "generateName":"%1$s-%3$s-","namespace":"%2$s","creationTimestamp":"%4$s",
         "labels":{"app":"%1$s","rollouts-pod-template-hash":"%3$s"},
         "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"%1$s-%3$s",
          "uid":"%5$s","controller":true,"blockOwnerDeletion":true}],
         "managedFields":[
          {"manager":"kube-controller-manager","operation":"Update","apiVersion":"v1","time":"%4$s",
           "fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:generateName":{},"f:labels":{
           ".":{},"f:app":{},"f:rollouts-pod-template-hash":{}},"f:ownerReferences":{".":{},
           "k:{\\"uid\\":\\"%5$s\\"}":{}}},"f:spec":{"f:containers":{"k:{\\"name\\":\\"app\\"}":{
           ".":{},"f:image":{},"f:imagePullPolicy":{},"f:name":{},"f:ports":{".":{},
           "k:{\\"containerPort\\":8080,\\"protocol\\":\\"TCP\\"}":{".":{},"f:containerPort":{},
           "f:protocol":{}}},"f:resources":{},"f:terminationMessagePath":{},
           "f:terminationMessagePolicy":{}}},"f:dnsPolicy":{},"f:enableServiceLinks":{},
           "f:restartPolicy":{},"f:schedulerName":{},"f:securityContext":{},
           "f:terminationGracePeriodSeconds":{}}}},
          {"manager":"kubelet","operation":"Update","apiVersion":"v1","time":"%4$s",
           "fieldsType":"FieldsV1","subresource":"status","fieldsV1":{"f:status":{
           "f:conditions":{"k:{\\"type\\":\\"ContainersReady\\"}":{".":{},"f:lastProbeTime":{},
           "f:lastTransitionTime":{},"f:status":{},"f:type":{}},"k:{\\"type\\":\\"Initialized\\"}":{
           ".":{},"f:lastProbeTime":{},"f:lastTransitionTime":{},"f:status":{},"f:type":{}},
           "k:{\\"type\\":\\"Ready\\"}":{".":{},"f:lastProbeTime":{},"f:lastTransitionTime":{},
           "f:status":{},"f:type":{}}},"f:containerStatuses":{},"f:hostIP":{},"f:hostIPs":{},
           "f:phase":{},"f:podIP":{},"f:podIPs":{".":{},"k:{\\"ip\\":\\"10.244.1.17\\"}":{".":{},
           "f:ip":{}}},"f:startTime":{}}}}]},
         "spec":{"volumes":[{"name":"kube-api-access-8x2lq","projected":{"sources":[
           {"serviceAccountToken":{"expirationSeconds":3607,"path":"token"}},
           {"configMap":{"name":"kube-root-ca.crt","items":[{"key":"ca.crt","path":"ca.crt"}]}},
           {"downwardAPI":{"items":[{"path":"namespace","fieldRef":{"apiVersion":"v1",
            "fieldPath":"metadata.namespace"}}]}}],"defaultMode":420}}],
          "containers":[{"name":"app","image":"argoproj/rollouts-demo:green",
           "ports":[{"containerPort":8080,"protocol":"TCP"}],"resources":{},
           "volumeMounts":[{"name":"kube-api-access-8x2lq","readOnly":true,
            "mountPath":"/var/run/secrets/kubernetes.io/serviceaccount"}],
           "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File",
           "imagePullPolicy":"IfNotPresent"}],
          "restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst",
          "serviceAccountName":"default","serviceAccount":"default","nodeName":"worker-2",
          "securityContext":{},"schedulerName":"default-scheduler",
          "tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists",
           "effect":"NoExecute","tolerationSeconds":300},{"key":"node.kubernetes.io/unreachable",
           "operator":"Exists","effect":"NoExecute","tolerationSeconds":300}],
          "priority":0,"enableServiceLinks":true,"preemptionPolicy":"PreemptLowerPriority"},
         "status":{"phase":"Running","conditions":[%6$s],"hostIP":"172.18.0.3",
          "hostIPs":[{"ip":"172.18.0.3"}],"podIP":"10.244.1.17","podIPs":[{"ip":"10.244.1.17"}],
          "startTime":"%4$s","containerStatuses":[{"name":"app","state":{"running":{
           "startedAt":"%4$s"}},"lastState":{},"ready":true,"restartCount":0,
           "image":"docker.io/argoproj/rollouts-demo:green",
           "imageID":"docker.io/argoproj/rollouts-demo@sha256:2dc1f3b5a7e4c1d0f4cbe0c31d4e0c7c6b1a8b2f0e2d4c6a8b0c2e4f6a8b0c2d",
           "containerID":"containerd://8f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
           "started":true}],"qosClass":"BestEffort"}}
        """
        .formatted(name, NAMESPACE, hash, T0, rsUid, podConditions());
  }

  private static String podConditions() {
    StringBuilder b = new StringBuilder();
    for (String type :
        new String[] {
          "PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"
        }) {
      b.append(b.isEmpty() ? "" : ",")
          .append(
              "{\"type\":\"%s\",\"status\":\"True\",\"lastProbeTime\":null,\"lastTransitionTime\":\"%s\"}"
                  .formatted(type, T0));
    }
    return b.toString();
  }
}
