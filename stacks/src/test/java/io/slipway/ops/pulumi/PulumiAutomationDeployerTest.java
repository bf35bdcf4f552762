package io.slipway.ops.pulumi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Automation API deployer against a scripted {@code pulumi} CLI: what it runs and how it reads the state. */
class PulumiAutomationDeployerTest {
    private static final String EXPORT = """
            {"version": 3, "deployment": {"manifest": {}, "resources": [
              {"urn": "urn:pulumi:dev::slipway::pulumi:pulumi:Stack::slipway-dev", "type": "pulumi:pulumi:Stack",
               "outputs": {"clusters": ["dev-blue"], "backupsBucket": "dev-backups"}},
              {"urn": "urn:pulumi:dev::slipway::pulumi:providers:aws::default_6_83_0", "type": "pulumi:providers:aws", "id": "p1"},
              {"urn": "urn:pulumi:dev::slipway::aws:route53/zone:Zone::dev-zone", "type": "aws:route53/zone:Zone",
               "parent": "urn:pulumi:dev::slipway::pulumi:pulumi:Stack::slipway-dev", "protect": true,
               "provider": "urn:pulumi:dev::slipway::pulumi:providers:aws::default_6_83_0::p1"},
              {"urn": "urn:pulumi:dev::slipway::aws:ec2/vpc:Vpc::dev-vpc", "type": "aws:ec2/vpc:Vpc",
               "dependencies": ["urn:pulumi:dev::slipway::aws:route53/zone:Zone::dev-zone"]}
            ]}}
            """;

    @TempDir
    Path project;

    private final List<List<String>> commands = new ArrayList<>();

    private PulumiAutomationDeployer deployer() {
        PulumiCommand scripted = new PulumiCommand() {
            @Override
            public Version version() {
                return Version.of(3, 200, 0);
            }

            @Override
            public CommandResult run(List<String> args, CommandRunOptions options) {
                commands.add(List.copyOf(args));
                return new CommandResult(0, args.contains("export") ? EXPORT : "", "");
            }
        };
        return new PulumiAutomationDeployer(project, new PrintWriter(new StringWriter()), scripted);
    }

    @Test
    void resourcesAreReadFromTheExportedStateWithProtectionAndProviders() {
        // GIVEN a state with a protected zone on an explicit provider
        // WHEN reading the resources
        List<DeployedResource> resources = deployer().resources("dev");

        // THEN each carries its type, parent, protection, and its provider as a dependency
        assertThat(resources).extracting(DeployedResource::name).containsExactly("slipway-dev", "default_6_83_0", "dev-zone", "dev-vpc");
        DeployedResource zone = resources.get(2);
        assertThat(zone.protect()).isTrue();
        assertThat(zone.parent()).isEqualTo("urn:pulumi:dev::slipway::pulumi:pulumi:Stack::slipway-dev");
        assertThat(zone.dependencies()).containsExactly("urn:pulumi:dev::slipway::pulumi:providers:aws::default_6_83_0");
        assertThat(resources.get(3).dependencies()).containsExactly("urn:pulumi:dev::slipway::aws:route53/zone:Zone::dev-zone");
        // AND the stack was selected in the project directory, then exported
        assertThat(commands).anySatisfy(c -> assertThat(c).containsSubsequence("stack", "select", "--stack", "dev"));
        assertThat(commands).anySatisfy(c -> assertThat(c).containsSubsequence("stack", "export", "--stack", "dev"));
    }

    @Test
    void outputsComeFromTheStackResourceIncludingListOutputs() {
        // GIVEN/WHEN reading the outputs  THEN the list output 'clusters' is a list, as the deployed-slot check needs
        Map<String, Object> outputs = deployer().outputs("dev");
        assertThat(outputs).containsEntry("clusters", List.of("dev-blue")).containsEntry("backupsBucket", "dev-backups");
        assertThat(DeployedSlots.of("dev", outputs)).containsExactly("blue");
    }

    @Test
    void aTargetedDestroyWithoutTargetsIsRefusedBeforeTheCliRuns() {
        // GIVEN/WHEN an empty target list  THEN refused: the CLI would read it as the whole stack
        assertThatThrownBy(() -> deployer().destroyTargets("dev", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole stack");
        assertThat(commands).isEmpty();
    }

    @Test
    void destroyExceptProtectedTargetsOnlyWhatTheProtectedZoneDoesNotNeed() {
        // GIVEN the state above, where the zone is protected and the VPC depends on it
        StackResources state = StackResources.of(deployer().resources("dev"));

        // WHEN computing the whole-stack destroy  THEN only the VPC is targeted; the zone, its provider and the stack stay
        assertThat(state.destroyableExceptProtected()).containsExactly("urn:pulumi:dev::slipway::aws:ec2/vpc:Vpc::dev-vpc");
    }
}
