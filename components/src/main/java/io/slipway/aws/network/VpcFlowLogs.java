package io.slipway.aws.network;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.FlowLog;
import com.pulumi.aws.ec2.FlowLogArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.slipway.aws.iam.PolicyDocument;
import io.slipway.aws.iam.PolicyStatement;
import io.slipway.cluster.EnvironmentContext;
import io.slipway.model.LogsSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every accepted and rejected connection of the VPC, recorded in a KMS-encrypted CloudWatch log
 * group: what an incident review or a "who talks to what" question needs. The delivery role can
 * write to that one log group and nothing else.
 */
public final class VpcFlowLogs extends ComponentResource {
    public static final String TYPE = "slipway:aws:VpcFlowLogs";

    private final Output<String> logGroupArn;

    public VpcFlowLogs(String name, VpcFlowLogsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        if (!LogsSpec.CLOUDWATCH_RETENTION_DAYS.contains(args.retentionDays())) {
            throw new IllegalArgumentException("flow log retention of " + args.retentionDays()
                    + " days is not one CloudWatch Logs offers: " + new TreeSet<>(LogsSpec.CLOUDWATCH_RETENTION_DAYS));
        }
        var environment = args.environment();
        var account = args.account();
        String logGroupName = logGroupName(environment.name());
        var logGroup = new LogGroup(name, LogGroupArgs.builder()
                .name(logGroupName)
                .retentionInDays(args.retentionDays())
                .kmsKeyId(args.kmsKeyArn())
                .tags(tags(environment, logGroupName))
                .build(), CustomResourceOptions.builder().parent(this).build());
        var trust = PolicyDocument.of(PolicyStatement.allow("FlowLogsDelivery", "sts:AssumeRole")
                .principal("Service", Output.of("vpc-flow-logs.amazonaws.com"))
                // Only flow logs of this account may use the role (confused-deputy protection).
                .condition("StringEquals", Output.of("aws:SourceAccount"), List.of(account.id()))
                .condition("ArnLike", Output.of("aws:SourceArn"),
                        List.of(account.arn("ec2", account.region(), "vpc-flow-log/*"))));
        var role = new Role(name, RoleArgs.builder()
                .description("Delivers the VPC flow logs of " + environment.name() + " to " + logGroupName)
                .assumeRolePolicy(trust)
                .tags(tags(environment, environment.name() + "-vpc-flow-logs"))
                .build(), CustomResourceOptions.builder().parent(this).build());
        new RolePolicy(name, RolePolicyArgs.builder()
                .role(role.name())
                .policy(PolicyDocument.of(PolicyStatement.allow("WriteFlowLogGroup",
                                "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents")
                        .resources(logGroup.arn(), logGroup.arn().applyValue(arn -> arn + ":log-stream:*"))))
                .build(), CustomResourceOptions.builder().parent(this).build());
        new FlowLog(name, FlowLogArgs.builder()
                .vpcId(args.vpcId())
                .trafficType("ALL")
                .logDestinationType("cloud-watch-logs")
                .logDestination(logGroup.arn())
                .iamRoleArn(role.arn())
                // One-minute aggregation: records show up while an incident is still going on.
                .maxAggregationInterval(60)
                .tags(tags(environment, environment.name() + "-vpc"))
                .build(), CustomResourceOptions.builder().parent(this).build());
        this.logGroupArn = logGroup.arn();
        registerOutputs(Map.of("logGroupArn", logGroupArn));
    }

    /** {@code /slipway/<environment>/vpc-flow-logs}: fixed, so the key policy can name it before it exists. */
    public static String logGroupName(String environmentName) {
        return "/slipway/" + environmentName + "/vpc-flow-logs";
    }

    private static Map<String, String> tags(EnvironmentContext environment, String nameTag) {
        var tags = new TreeMap<>(environment.awsTags(EnvironmentContext.SHARED_SLOT, AwsNetwork.COMPONENT));
        tags.put("Name", nameTag);
        return tags;
    }

    public Output<String> logGroupArn() {
        return logGroupArn;
    }
}
