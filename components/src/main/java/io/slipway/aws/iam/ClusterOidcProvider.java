package io.slipway.aws.iam;

import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * The IAM OIDC provider that makes a cluster's service account tokens usable with STS: the root of
 * trust of every IRSA role of the slot. Only STS is an accepted audience.
 */
public final class ClusterOidcProvider extends ComponentResource {
    public static final String TYPE = "slipway:aws:ClusterOidcProvider";
    public static final String AUDIENCE = "sts.amazonaws.com";

    private final Output<String> arn;
    private final Output<String> issuerHost;

    public ClusterOidcProvider(String name, ClusterOidcProviderArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        // No thumbprint: IAM verifies EKS issuers against its own trusted CAs, and a pinned
        // thumbprint would break when the issuer's certificate rotates.
        var provider = new OpenIdConnectProvider(name, OpenIdConnectProviderArgs.builder()
                .url(args.issuerUrl())
                .clientIdLists(AUDIENCE)
                .tags(args.environment().awsTags(args.slot(), "oidc-provider"))
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.arn = provider.arn();
        this.issuerHost = args.issuerUrl().applyValue(url -> url.replaceFirst("^https://", ""));
        registerOutputs(Map.of("arn", arn, "issuerHost", issuerHost));
    }

    public Output<String> arn() {
        return arn;
    }

    /** The issuer without {@code https://}: the prefix of IRSA trust condition keys. */
    public Output<String> issuerHost() {
        return issuerHost;
    }
}
