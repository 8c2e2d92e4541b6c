package dev.stepwise.kube.spec;

import dev.stepwise.kube.spec.GoType.Field;
import dev.stepwise.kube.spec.GoType.Omit;
import dev.stepwise.kube.spec.GoType.StructDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Go struct layout of {@code corev1.PodTemplateSpec} (k8s.io/api v0.34) and of the Argo {@code
 * CanaryStep}, as field lists in declaration order.
 *
 * <p>Notation, one struct per line: {@code Name = field:type ...}. Types: {@code s} string, {@code
 * i} integer, {@code b} bool, {@code q} Quantity, {@code ios} IntOrString, {@code raw} not
 * modelled, {@code [T]} slice, {@code {T}} map, a capitalised name a struct. A leading {@code *} on
 * the type marks a pointer with omitempty (left out only when nil); a trailing {@code !} marks a
 * field without omitempty; {@code ~} marks a field that is never written.
 */
final class PodTemplateSchema {
  private static final String CONTAINER_FIELDS =
      "name:s! image:s command:[s] args:[s] workingDir:s ports:[ContainerPort]"
          + " envFrom:[EnvFromSource] env:[EnvVar] resources:ResourceRequirements!"
          + " resizePolicy:[ContainerResizePolicy] restartPolicy:*s restartPolicyRules:[raw]"
          + " volumeMounts:[VolumeMount] volumeDevices:[VolumeDevice] livenessProbe:*Probe"
          + " readinessProbe:*Probe startupProbe:*Probe lifecycle:*Lifecycle"
          + " terminationMessagePath:s terminationMessagePolicy:s imagePullPolicy:s"
          + " securityContext:*SecurityContext stdin:b stdinOnce:b tty:b";

  private static final String LAYOUT =
      """
      PodTemplateSpec = metadata:ObjectMeta! spec:PodSpec!
      ObjectMeta = name:s generateName:s namespace:s selfLink:s uid:s resourceVersion:s \
        generation:i creationTimestamp:~raw deletionTimestamp:*raw deletionGracePeriodSeconds:*i \
        labels:{s} annotations:{s} ownerReferences:[OwnerReference] finalizers:[s] \
        managedFields:[raw]
      OwnerReference = apiVersion:s! kind:s! name:s! uid:s! controller:*b blockOwnerDeletion:*b
      PodSpec = volumes:[Volume] initContainers:[Container] containers:[Container]! \
        ephemeralContainers:[EphemeralContainer] restartPolicy:s \
        terminationGracePeriodSeconds:*i activeDeadlineSeconds:*i dnsPolicy:s nodeSelector:{s} \
        serviceAccountName:s serviceAccount:s automountServiceAccountToken:*b nodeName:s \
        hostNetwork:b hostPID:b hostIPC:b shareProcessNamespace:*b \
        securityContext:*PodSecurityContext imagePullSecrets:[LocalObjectReference] hostname:s \
        subdomain:s affinity:*Affinity schedulerName:s tolerations:[Toleration] \
        hostAliases:[HostAlias] priorityClassName:s priority:*i dnsConfig:*PodDNSConfig \
        readinessGates:[PodReadinessGate] runtimeClassName:*s enableServiceLinks:*b \
        preemptionPolicy:*s overhead:{q} topologySpreadConstraints:[TopologySpreadConstraint] \
        setHostnameAsFQDN:*b os:*PodOS hostUsers:*b schedulingGates:[PodSchedulingGate] \
        resourceClaims:[PodResourceClaim] resources:*ResourceRequirements hostnameOverride:*s
      Container = %1$s
      EphemeralContainer = %1$s targetContainerName:s
      ContainerPort = name:s hostPort:i containerPort:i! protocol:s hostIP:s
      EnvFromSource = prefix:s configMapRef:*OptionalRef secretRef:*OptionalRef
      OptionalRef = name:s optional:*b
      EnvVar = name:s! value:s valueFrom:*EnvVarSource
      EnvVarSource = fieldRef:*ObjectFieldSelector resourceFieldRef:*ResourceFieldSelector \
        configMapKeyRef:*KeySelector secretKeyRef:*KeySelector fileKeyRef:*raw
      ObjectFieldSelector = apiVersion:s fieldPath:s!
      ResourceFieldSelector = containerName:s resource:s! divisor:q
      KeySelector = name:s key:s! optional:*b
      ResourceRequirements = limits:{q} requests:{q} claims:[ResourceClaim]
      ResourceClaim = name:s! request:s
      ContainerResizePolicy = resourceName:s! restartPolicy:s!
      VolumeMount = name:s! readOnly:b recursiveReadOnly:*s mountPath:s! subPath:s \
        mountPropagation:*s subPathExpr:s
      VolumeDevice = name:s! devicePath:s!
      Probe = exec:*ExecAction httpGet:*HTTPGetAction tcpSocket:*TCPSocketAction \
        grpc:*GRPCAction initialDelaySeconds:i timeoutSeconds:i periodSeconds:i \
        successThreshold:i failureThreshold:i terminationGracePeriodSeconds:*i
      ExecAction = command:[s]
      HTTPGetAction = path:s port:ios! host:s scheme:s httpHeaders:[HTTPHeader]
      HTTPHeader = name:s! value:s!
      TCPSocketAction = port:ios! host:s
      GRPCAction = port:i! service:*s!
      Lifecycle = postStart:*LifecycleHandler preStop:*LifecycleHandler stopSignal:*s
      LifecycleHandler = exec:*ExecAction httpGet:*HTTPGetAction tcpSocket:*TCPSocketAction \
        sleep:*SleepAction
      SleepAction = seconds:i!
      SecurityContext = capabilities:*Capabilities privileged:*b seLinuxOptions:*SELinuxOptions \
        windowsOptions:*WindowsOptions runAsUser:*i runAsGroup:*i runAsNonRoot:*b \
        readOnlyRootFilesystem:*b allowPrivilegeEscalation:*b procMount:*s \
        seccompProfile:*Profile appArmorProfile:*Profile
      Capabilities = add:[s] drop:[s]
      SELinuxOptions = user:s role:s type:s level:s
      WindowsOptions = gmsaCredentialSpecName:*s gmsaCredentialSpec:*s runAsUserName:*s \
        hostProcess:*b
      Profile = type:s! localhostProfile:*s
      PodSecurityContext = seLinuxOptions:*SELinuxOptions windowsOptions:*WindowsOptions \
        runAsUser:*i runAsGroup:*i runAsNonRoot:*b supplementalGroups:[i] \
        supplementalGroupsPolicy:*s fsGroup:*i sysctls:[Sysctl] fsGroupChangePolicy:*s \
        seccompProfile:*Profile appArmorProfile:*Profile seLinuxChangePolicy:*s
      Sysctl = name:s! value:s!
      LocalObjectReference = name:s
      Affinity = nodeAffinity:*NodeAffinity podAffinity:*PodAffinity podAntiAffinity:*PodAffinity
      NodeAffinity = requiredDuringSchedulingIgnoredDuringExecution:*NodeSelector \
        preferredDuringSchedulingIgnoredDuringExecution:[PreferredSchedulingTerm]
      NodeSelector = nodeSelectorTerms:[NodeSelectorTerm]!
      NodeSelectorTerm = matchExpressions:[Requirement] matchFields:[Requirement]
      Requirement = key:s! operator:s! values:[s]
      PreferredSchedulingTerm = weight:i! preference:NodeSelectorTerm!
      PodAffinity = requiredDuringSchedulingIgnoredDuringExecution:[PodAffinityTerm] \
        preferredDuringSchedulingIgnoredDuringExecution:[WeightedPodAffinityTerm]
      PodAffinityTerm = labelSelector:*LabelSelector namespaces:[s] topologyKey:s! \
        namespaceSelector:*LabelSelector matchLabelKeys:[s] mismatchLabelKeys:[s]
      WeightedPodAffinityTerm = weight:i! podAffinityTerm:PodAffinityTerm!
      LabelSelector = matchLabels:{s} matchExpressions:[Requirement]
      Toleration = key:s operator:s value:s effect:s tolerationSeconds:*i
      HostAlias = ip:s! hostnames:[s]
      PodDNSConfig = nameservers:[s] searches:[s] options:[PodDNSConfigOption]
      PodDNSConfigOption = name:s value:*s
      PodReadinessGate = conditionType:s!
      TopologySpreadConstraint = maxSkew:i! topologyKey:s! whenUnsatisfiable:s! \
        labelSelector:*LabelSelector minDomains:*i nodeAffinityPolicy:*s nodeTaintsPolicy:*s \
        matchLabelKeys:[s]
      PodOS = name:s!
      PodSchedulingGate = name:s!
      PodResourceClaim = name:s! resourceClaimName:*s resourceClaimTemplateName:*s
      Volume = name:s! hostPath:*HostPathVolumeSource emptyDir:*EmptyDirVolumeSource \
        gcePersistentDisk:*raw awsElasticBlockStore:*raw gitRepo:*raw \
        secret:*SecretVolumeSource nfs:*NFSVolumeSource iscsi:*raw glusterfs:*raw \
        persistentVolumeClaim:*PVCVolumeSource rbd:*raw flexVolume:*raw cinder:*raw \
        cephfs:*raw flocker:*raw downwardAPI:*DownwardAPIVolumeSource fc:*raw azureFile:*raw \
        configMap:*ConfigMapVolumeSource vsphereVolume:*raw quobyte:*raw azureDisk:*raw \
        photonPersistentDisk:*raw projected:*ProjectedVolumeSource portworxVolume:*raw \
        scaleIO:*raw storageos:*raw csi:*CSIVolumeSource ephemeral:*raw image:*raw
      HostPathVolumeSource = path:s! type:*s
      EmptyDirVolumeSource = medium:s sizeLimit:*q
      SecretVolumeSource = secretName:s items:[KeyToPath] defaultMode:*i optional:*b
      ConfigMapVolumeSource = name:s items:[KeyToPath] defaultMode:*i optional:*b
      KeyToPath = key:s! path:s! mode:*i
      NFSVolumeSource = server:s! path:s! readOnly:b
      PVCVolumeSource = claimName:s! readOnly:b
      DownwardAPIVolumeSource = items:[DownwardAPIVolumeFile] defaultMode:*i
      DownwardAPIVolumeFile = path:s! fieldRef:*ObjectFieldSelector \
        resourceFieldRef:*ResourceFieldSelector mode:*i
      ProjectedVolumeSource = sources:[VolumeProjection]! defaultMode:*i
      VolumeProjection = secret:*Projection downwardAPI:*DownwardAPIProjection \
        configMap:*Projection serviceAccountToken:*ServiceAccountTokenProjection \
        clusterTrustBundle:*raw podCertificate:*raw
      Projection = name:s items:[KeyToPath] optional:*b
      DownwardAPIProjection = items:[DownwardAPIVolumeFile]
      ServiceAccountTokenProjection = audience:s expirationSeconds:*i path:s!
      CSIVolumeSource = driver:s! readOnly:*b fsType:*s volumeAttributes:{s} \
        nodePublishSecretRef:*LocalObjectReference
      CanaryStep = setWeight:*i pause:*RolloutPause experiment:*raw analysis:*raw \
        setCanaryScale:*raw setHeaderRoute:*raw setMirrorRoute:*raw plugin:*raw
      RolloutPause = duration:*ios
      """
          .formatted(CONTAINER_FIELDS);

  static final Map<String, StructDef> STRUCTS = parse(LAYOUT);

  private PodTemplateSchema() {}

  private static Map<String, StructDef> parse(String layout) {
    Map<String, StructDef> structs = new HashMap<>();
    for (String line : layout.strip().split("\n")) {
      String[] halves = line.split("=", 2);
      String name = halves[0].strip();
      List<Field> fields = new ArrayList<>();
      for (String token : halves[1].strip().split("\\s+")) {
        fields.add(field(token));
      }
      structs.put(name, new StructDef(name, List.copyOf(fields)));
    }
    return Map.copyOf(structs);
  }

  private static Field field(String token) {
    String[] parts = token.split(":", 2);
    String type = parts[1];
    Omit omit = Omit.EMPTY;
    boolean pointer = type.startsWith("*");
    boolean required = type.endsWith("!");
    if (type.startsWith("~")) {
      omit = Omit.ALWAYS;
    } else if (pointer) {
      omit = required ? Omit.NULL : Omit.NIL;
    } else if (required) {
      omit = Omit.NEVER;
    }
    String bare = type.replaceAll("^[*~]|!$", "");
    return new Field(parts[0], type(bare), omit);
  }

  private static GoType type(String t) {
    if (t.startsWith("[")) {
      return GoType.list(type(t.substring(1, t.length() - 1)));
    }
    if (t.startsWith("{")) {
      return GoType.map(type(t.substring(1, t.length() - 1)));
    }
    return switch (t) {
      case "s" -> GoType.STR;
      case "i" -> GoType.INT;
      case "b" -> GoType.BOOL;
      case "q" -> GoType.QTY;
      case "ios" -> GoType.IOS;
      case "raw" -> GoType.RAW;
      default -> GoType.struct(t);
    };
  }
}
