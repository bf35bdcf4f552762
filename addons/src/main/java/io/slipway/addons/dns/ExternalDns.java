package io.slipway.addons.dns;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.gcp.EnvironmentZoneAccess;
import io.slipway.addons.gcp.GcpWorkloadIdentity;
import io.slipway.addons.gcp.GcpWorkloadIdentityArgs;
import io.slipway.addons.lock.Addon;
import io.slipway.addons.namespaces.PlatformNamespace;
import io.slipway.addons.namespaces.PlatformNamespaceArgs;
import io.slipway.addons.namespaces.PlatformTraffic;
import io.slipway.addons.namespaces.PodSecurityLevel;
import io.slipway.addons.namespaces.TrafficRule;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.cluster.ClusterHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * external-dns, publishing the hostnames of Ingresses, Services and Gateway routes into the
 * environment's zone and no other: the domain and zone filters limit what it looks at, its
 * identity can change only that zone, and its TXT owner id is the slot, so blue and green never
 * take over each other's records. An ephemeral child writes into its parent's zone, under the
 * parent's domain filter, so its owner id is its cluster's name ({@code <child>-blue}): with the
 * parent's {@code blue}, the parent's {@code sync} would delete every record the child creates.
 */
public final class ExternalDns extends ComponentResource {
    public static final String TYPE = "slipway:addons:ExternalDns";
    public static final String NAMESPACE = "external-dns";
    public static final String SERVICE_ACCOUNT = "external-dns";

    public ExternalDns(String name, AddonArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        String policy = cluster.environment().spec().addons().externalDns().policy();
        Map<String, Object> values;
        if (cluster.aws().isPresent()) {
            var role = new IrsaRole(name, new IrsaRoleArgs(cluster.environment(), cluster.slot(), "external-dns", cluster.aws().get(),
                    NAMESPACE, SERVICE_ACCOUNT, Optional.of(awsPolicy(cluster)), List.of()),
                    ComponentResourceOptions.builder().parent(this).build());
            values = values(cluster, policy, "aws", Map.of("eks.amazonaws.com/role-arn", role.roleArn()),
                    List.of(Output.of("--aws-zone-type=public")));
        } else {
            var identity = new GcpWorkloadIdentity(name, new GcpWorkloadIdentityArgs(cluster, "extdns", NAMESPACE, SERVICE_ACCOUNT,
                    // external-dns lists the project's zones to find the one it may write; listing exists per project only.
                    List.of("dns.managedZones.list")), ComponentResourceOptions.builder().parent(this).build());
            EnvironmentZoneAccess.grant(name, "extdns", cluster, identity, this);
            values = values(cluster, policy, "google", Map.of(GcpWorkloadIdentity.KSA_ANNOTATION, identity.email()),
                    List.of(Output.of("--google-project=" + cluster.gcp().get().project()), Output.of("--google-zone-visibility=public")));
        }
        var namespace = new PlatformNamespace(name + "-namespace", namespace(cluster), ComponentResourceOptions.builder().parent(this).build());
        PinnedRelease.install(name, args.lock().pin(Addon.EXTERNAL_DNS), namespace, values, PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        registerOutputs(Map.of());
    }

    /** Restricted Pod Security (the chart's defaults); it reads the API and writes to the cloud's DNS API, nothing comes in. */
    static PlatformNamespaceArgs namespace(ClusterHandle cluster) {
        var allowances = new ArrayList<TrafficRule>();
        allowances.add(PlatformTraffic.dns());
        allowances.add(PlatformTraffic.apiServer(cluster));
        allowances.addAll(PlatformTraffic.cloudApis(cluster));
        return new PlatformNamespaceArgs(cluster, NAMESPACE, PodSecurityLevel.RESTRICTED, allowances);
    }

    /** Record changes in the environment's zone only; listing zones is the one call IAM cannot scope. */
    static Output<String> awsPolicy(ClusterHandle cluster) {
        var zone = cluster.aws().orElseThrow().hostedZoneArn();
        return PolicyDocument.of(
                PolicyStatement.allow("ChangeEnvironmentZone", "route53:ChangeResourceRecordSets",
                        "route53:ListResourceRecordSets", "route53:ListTagsForResource").resources(zone),
                PolicyStatement.allow("FindZones", "route53:ListHostedZones").resources("*"));
    }

    /**
     * The slot for a long-lived environment (changing it would orphan every record the live slot owns);
     * the cluster's name for an ephemeral child, unique in the parent's zone.
     */
    static String ownerId(ClusterHandle cluster) {
        return cluster.environment().spec().isEphemeral() ? cluster.environment().clusterName(cluster.slot()) : cluster.slot();
    }

    static Map<String, Object> values(ClusterHandle cluster, String policy, String provider,
                                      Map<String, Output<String>> serviceAccountAnnotations, List<Output<String>> providerArgs) {
        var values = new LinkedHashMap<String, Object>();
        values.put("provider", Map.of("name", provider));
        values.put("serviceAccount", Map.of("name", SERVICE_ACCOUNT, "annotations", serviceAccountAnnotations));
        values.put("sources", List.of("service", "ingress", "gateway-httproute"));
        values.put("policy", policy);
        values.put("registry", "txt");
        values.put("txtOwnerId", ownerId(cluster));
        values.put("domainFilters", List.of(cluster.environment().spec().domain()));
        var extraArgs = new java.util.ArrayList<Object>();
        extraArgs.add(cluster.foundation().dnsZoneId().applyValue(zone -> "--zone-id-filter=" + zone));
        extraArgs.addAll(providerArgs);
        values.put("extraArgs", extraArgs);
        return values;
    }
}
