package io.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.Context;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.core.Output;
import io.slipway.cli.bootstrap.BootstrapFailedException;
import io.slipway.cli.bootstrap.StateBackendPrograms;
import io.slipway.cli.bootstrap.StateBootstrapper;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapCommandTest {
    private static final String GCP_KEY_URL = "gcpkms://projects/acme-platform/locations/europe-west1/keyRings/pulumi-state/cryptoKeys/stack-secrets";
    private static final String AWS_KEY_URL = "awskms://alias/slipway-state?region=eu-west-1";

    @TempDir
    Path home;

    /** Records each deployment instead of running {@code pulumi up}; answers like a program exporting the bucket and key. */
    static final class FakeBootstrapper implements StateBootstrapper {
        final List<String> stacks = new ArrayList<>();
        final List<Map<String, String>> configs = new ArrayList<>();
        Map<String, Object> outputs;

        FakeBootstrapper(Map<String, Object> outputs) {
            this.outputs = outputs;
        }

        @Override
        public Map<String, Object> up(String stack, Map<String, String> config, Consumer<Context> program) {
            stacks.add(stack);
            configs.add(config);
            return outputs;
        }
    }

    /** Small programs standing in for the clouds' state components. */
    static final class TestStatePrograms implements StateBackendPrograms {
        @Override
        public Consumer<Context> aws(String region, String bucket) {
            return ctx -> {
                var key = new Key("state-secrets", KeyArgs.builder().enableKeyRotation(true).build());
                var stateBucket = new BucketV2("state", BucketV2Args.builder().bucket(bucket).build());
                ctx.export(LOGIN_URL, stateBucket.bucket().applyValue(name -> "s3://" + name + "?region=" + region));
                ctx.export(SECRETS_PROVIDER, key.keyId().applyValue(id -> "awskms://" + id + "?region=" + region));
            };
        }

        @Override
        public Consumer<Context> gcp(String project, String region, String bucket) {
            return ctx -> {
                ctx.export(LOGIN_URL, Output.of("gs://" + bucket));
                ctx.export(SECRETS_PROVIDER, Output.of(GCP_KEY_URL));
            };
        }
    }

    private FakeBootstrapper awsBootstrapper;

    @BeforeEach
    void projectWithTwoAwsEnvironments() throws Exception {
        Path environments = Files.createDirectories(home.resolve("environments"));
        TestEnvironments.copyOfDev(environments, "dev");
        TestEnvironments.copyOfDev(environments, "staging");
        awsBootstrapper = new FakeBootstrapper(Map.of("loginUrl", "s3://acme-pulumi-state?region=eu-west-1", "secretsProvider", AWS_KEY_URL));
    }

    private CliServices services(StateBootstrapper bootstrapper, String answers) {
        return CliRun.services(home, TinyPlatform::define, new TestStatePrograms(), bootstrapper, answers);
    }

    @Test
    void awsWithYesDeploysAndPrintsTheLoginAndStackInitLines() {
        // GIVEN two AWS environments WHEN the AWS state storage is bootstrapped with --yes
        var run = CliRun.run(services(awsBootstrapper, ""),
                "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state", "--yes");

        // THEN the bootstrap stack named after the bucket is deployed in that region
        assertThat(run.exitCode()).isZero();
        assertThat(awsBootstrapper.stacks).containsExactly("acme-pulumi-state");
        assertThat(awsBootstrapper.configs).containsExactly(Map.of("aws:region", "eu-west-1"));
        // AND the exact lines to point Pulumi at it are printed, one stack init per AWS environment
        assertThat(run.out())
                .contains("S3 bucket acme-pulumi-state")
                .contains("  pulumi login 's3://acme-pulumi-state?region=eu-west-1'\n")
                .contains("  pulumi stack init dev --secrets-provider 'awskms://alias/slipway-state?region=eu-west-1'\n")
                .contains("  pulumi stack init staging --secrets-provider 'awskms://alias/slipway-state?region=eu-west-1'\n")
                .doesNotContain("[y/N]");
    }

    @Test
    void withoutYesItAsksAndANoCreatesNothing() {
        // GIVEN the user answers "n" WHEN bootstrap runs without --yes
        var run = CliRun.run(services(awsBootstrapper, "n\n"),
                "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state");

        // THEN it asked, deployed nothing and says so, exit 1
        assertThat(run.out()).contains("Create them? [y/N]");
        assertThat(awsBootstrapper.stacks).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cancelled; nothing was created");
    }

    @Test
    void withoutYesAYesDeploys() {
        // GIVEN the user answers "yes" WHEN bootstrap runs without --yes THEN it deploys
        var run = CliRun.run(services(awsBootstrapper, "yes\n"),
                "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state");
        assertThat(run.exitCode()).isZero();
        assertThat(awsBootstrapper.stacks).containsExactly("acme-pulumi-state");
    }

    @Test
    void noAnswerAtAllCreatesNothing() {
        // GIVEN no input (a script without --yes) WHEN bootstrap runs THEN nothing is deployed
        var run = CliRun.run(services(awsBootstrapper, ""),
                "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(awsBootstrapper.stacks).isEmpty();
    }

    @Test
    void badOptionValuesAreUserMistakes() {
        // GIVEN a made-up region, an upper-case bucket and a missing option
        var region = CliRun.run(services(awsBootstrapper, ""), "bootstrap", "aws", "--region", "europe", "--bucket", "acme-state", "--yes");
        var bucket = CliRun.run(services(awsBootstrapper, ""), "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "Acme_State", "--yes");
        var missing = CliRun.run(services(awsBootstrapper, ""), "bootstrap", "aws", "--region", "eu-west-1");
        var project = CliRun.run(services(awsBootstrapper, ""), "bootstrap", "gcp", "--project", "X", "--region", "europe-west1", "--bucket", "acme-state", "--yes");

        // THEN each says what is wrong and what is valid, exit 2, and nothing is deployed
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("--region 'europe' is not an AWS region (like eu-west-1");
        assertThat(bucket.exitCode()).isEqualTo(2);
        assertThat(bucket.err()).contains("--bucket 'Acme_State'").contains("lowercase letters, digits and hyphens");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--bucket");
        assertThat(project.exitCode()).isEqualTo(2);
        assertThat(project.err()).contains("--project 'X' is not a GCP project id");
        assertThat(List.of(region.err(), bucket.err(), missing.err(), project.err())).allSatisfy(err -> assertThat(err).doesNotContain("\tat "));
        assertThat(awsBootstrapper.stacks).isEmpty();
    }

    @Test
    void planRunsTheProgramOfflineAndDeploysNothing() {
        // GIVEN --plan WHEN the AWS bootstrap runs
        var run = CliRun.run(services(awsBootstrapper, ""),
                "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state", "--plan");

        // THEN the program's resources and outputs are shown from the offline engine, and nothing is deployed
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Offline plan of stack acme-pulumi-state")
                .contains("+ aws:s3/bucketV2:BucketV2  state").contains("+ aws:kms/key:Key  state-secrets")
                .contains("loginUrl: \"s3://acme-pulumi-state?region=eu-west-1\"");
        assertThat(awsBootstrapper.stacks).isEmpty();
    }

    @Test
    void gcpPrintsGcsAndCloudKmsLinesWithAPlaceholderWhenNoEnvironmentIsOnGcp() {
        // GIVEN only AWS environments and a GCP bootstrap answering with its key
        var gcp = new FakeBootstrapper(Map.of("loginUrl", "gs://acme-gcp-state", "secretsProvider", GCP_KEY_URL));

        // WHEN the GCP state storage is bootstrapped
        var run = CliRun.run(services(gcp, ""), "bootstrap", "gcp",
                "--project", "acme-platform", "--region", "europe-west1", "--bucket", "acme-gcp-state", "--yes");

        // THEN the project and region are the provider's config and the lines point at GCS and Cloud KMS
        assertThat(run.exitCode()).isZero();
        assertThat(gcp.configs).containsExactly(Map.of("gcp:project", "acme-platform", "gcp:region", "europe-west1"));
        assertThat(run.out())
                .contains("  pulumi login 'gs://acme-gcp-state'\n")
                .contains("  pulumi stack init <env> --secrets-provider '" + GCP_KEY_URL + "'\n");
    }

    @Test
    void aFailedDeploymentIsOneClearMessage() {
        // GIVEN a bootstrapper that fails like pulumi up without credentials
        StateBootstrapper failing = (stack, config, program) -> {
            throw new BootstrapFailedException("pulumi up of the bootstrap stack 'acme-pulumi-state' failed: no credentials", null);
        };

        // WHEN bootstrap runs THEN it says so in one message, exit 1, and prints no login lines
        var run = CliRun.run(services(failing, ""), "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state", "--yes");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("slipway: pulumi up of the bootstrap stack 'acme-pulumi-state' failed: no credentials")
                .doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("pulumi login");
    }

    @Test
    void aProgramThatCreatedAnotherBucketIsReported() {
        // GIVEN a program that exported a different bucket than asked for
        var renamed = new FakeBootstrapper(Map.of("loginUrl", "s3://acme-pulumi-state-1a2b3c?region=eu-west-1", "secretsProvider", AWS_KEY_URL));

        // WHEN bootstrap runs THEN no login line points at the wrong bucket
        var run = CliRun.run(services(renamed, ""), "bootstrap", "aws", "--region", "eu-west-1", "--bucket", "acme-pulumi-state", "--yes");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("created state storage at 's3://acme-pulumi-state-1a2b3c?region=eu-west-1', not at the 's3://acme-pulumi-state' asked for");
        assertThat(run.out()).doesNotContain("pulumi login");
    }
}
