package io.slipway.addons.ingress;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.slipway.addons.AddonArgs;
import io.slipway.addons.PinnedRelease;
import io.slipway.addons.lock.Addon;
import io.slipway.aws.iam.IrsaRole;
import io.slipway.aws.iam.IrsaRoleArgs;
import io.slipway.cluster.ClusterHandle;
import io.slipway.cluster.EnvironmentContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS Load Balancer Controller on EKS: it makes the load balancers of LoadBalancer Services
 * and Ingresses instead of the in-tree cloud provider, so Traefik's NLB gets IP targets, access
 * logs, deletion protection and only the security group rules it needs, and is deleted by the
 * controller when its Service goes. Its IRSA role holds upstream's policy document of the pinned
 * app version, unchanged ({@value #POLICY_RESOURCE}). Its service mutator webhook hands every new
 * LoadBalancer Service to it, so nothing in the cluster makes a load balancer the old way.
 */
public final class AwsLoadBalancerController extends ComponentResource {
    public static final String TYPE = "slipway:addons:AwsLoadBalancerController";
    public static final String SERVICE_ACCOUNT = "aws-load-balancer-controller";
    static final String POLICY_RESOURCE = "io/slipway/addons/ingress/aws-load-balancer-controller-iam-policy.json";
    static final String COMPONENT = "load-balancer-controller";

    private final Release release;

    public AwsLoadBalancerController(String name, AddonArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        var cluster = args.cluster();
        var identity = cluster.aws().orElseThrow(() -> new IllegalArgumentException(
                "the AWS Load Balancer Controller runs on EKS only; GKE makes load balancers itself (" + cluster.clusterName() + ")"));
        var role = new IrsaRole(name, new IrsaRoleArgs(cluster.environment(), cluster.slot(), COMPONENT, identity,
                PinnedRelease.KUBE_SYSTEM, SERVICE_ACCOUNT, Optional.of(Output.of(upstreamPolicy())), List.of()),
                ComponentResourceOptions.builder().parent(this).build());
        this.release = PinnedRelease.installInKubeSystem(name, args.lock().pin(Addon.AWS_LOAD_BALANCER_CONTROLLER),
                values(cluster, role.roleArn()), PinnedRelease.DEFAULT_TIMEOUT_SECONDS, args, this);
        registerOutputs(Map.of("roleArn", role.roleArn()));
    }

    static Map<String, Object> values(ClusterHandle cluster, Output<String> roleArn) {
        var identity = cluster.aws().orElseThrow();
        boolean productionLike = cluster.environment().spec().tier().isProductionLike();
        var values = new LinkedHashMap<String, Object>();
        values.put("clusterName", cluster.clusterName());
        // Region and VPC are given: IMDSv2 with a hop limit of 1 keeps pods away from the metadata service.
        values.put("region", identity.region());
        values.put("vpcId", identity.vpcId());
        values.put("serviceAccount", Map.of("create", true, "name", SERVICE_ACCOUNT,
                "annotations", Map.of("eks.amazonaws.com/role-arn", roleArn)));
        // Two replicas behind a budget where an outage would block Service changes (its webhook fails closed).
        values.put("replicaCount", productionLike ? 2 : 1);
        values.put("podDisruptionBudget", productionLike ? Map.of("maxUnavailable", 1) : Map.of());
        // Everything the controller creates carries the environment's and slot's cost tags. Default tags win
        // over a Service's own, so the component tag is left to each Service (Traefik's says ingress).
        var tags = new java.util.TreeMap<>(cluster.environment().awsTags(cluster.slot(), COMPONENT));
        tags.remove(EnvironmentContext.TAG_COMPONENT);
        values.put("defaultTags", tags);
        return values;
    }

    /** Upstream's policy document, as shipped with Slipway. */
    static String upstreamPolicy() {
        try (InputStream in = AwsLoadBalancerController.class.getClassLoader().getResourceAsStream(POLICY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the load balancer controller's policy " + POLICY_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release; Traefik's Service, which it must serve, is created after it and deleted before it. */
    public Release release() {
        return release;
    }
}
