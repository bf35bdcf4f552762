package io.slipway.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.ephemeral.EphemeralRequest;
import io.slipway.ephemeral.EphemeralTestbed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The dev subcommands as a user runs them: output, exit codes and errors naming the flag. */
class DevCommandTest extends EphemeralTestbed {
    @CommandLine.Command(name = "slipway")
    static final class Root {}

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code slipway ARGS} on the test project (its {@code --project-dir} added unless the args name one). */
    int run(Instant now, String... args) {
        var root = new CommandLine(new Root());
        DevCommand.register(root, (projectDir, secretsProvider, yes, print) -> at(now));
        var withProject = new java.util.ArrayList<>(java.util.List.of(args));
        if (!withProject.contains("--project-dir")) {
            withProject.addAll(java.util.List.of("--project-dir", project.toString()));
        }
        return root.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(withProject.toArray(String[]::new));
    }

    @Test
    void upOfflinePrintsThePlanAndTheTimelineAndWritesNothing() throws Exception {
        int code = run(T0, "dev", "up", "jane-test", "--from", "dev", "--owner", "jane@example.com", "--offline", "--timeline",
                "--json", project.resolve("plan.json").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("aws:eks/cluster:Cluster", "pulumi:pulumi:StackReference", "Critical path:")
                .containsPattern("ready in \\d+ min");
        // AND it ends with the verdict of the policy checks dev up itself applies before deploying
        assertThat(out.toString()).contains("Policy check of jane-test (dev up jane-test --from dev)")
                .containsPattern("jane-test: passed \\(0 failures");
        assertThat(Files.readString(project.resolve("plan.json"))).contains("\"stack\": \"jane-test\"");
        assertThat(project.resolve("environments/Pulumi.jane-test.yaml")).doesNotExist();
        assertThat(journal).isEmpty();
        // AND, since dev keeps a standby, the time to claim it follows the cold create's: its changes only
        assertThat(out.toString()).contains("When dev has a standby waiting (ephemeralPolicy.standby, kept by dev standby), dev up"
                + " claims it instead: dev-sb1 answers to jane-test", "replace aws:route53/record:Record dev-sb1-blue-direct-wildcard",
                "ready in 2 min\n");
        assertThat(out.toString().indexOf("Time to apply the change")).isGreaterThan(out.toString().indexOf("Critical path:"));
        assertThat(project.resolve("environments/Pulumi.dev-sb1.yaml")).doesNotExist();
    }

    @Test
    void upOfflineOfAParentWithoutStandbysShowsTheColdCreateOnly() throws Exception {
        // GIVEN dev keeps no standby
        Path dev = project.resolve("environments/Pulumi.dev.yaml");
        Files.writeString(dev, Files.readString(dev).replace("ephemeralPolicy: {standby: 1}", "ephemeralPolicy: {standby: 0}"));

        // WHEN the child's timeline is printed
        int code = run(T0, "dev", "up", "jane-test", "--from", "dev", "--owner", "jane@example.com", "--offline", "--timeline");

        // THEN there is no claim to model
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Critical path:").doesNotContain("Time to apply the change", "standby");
    }

    @Test
    void upOfflinePlansTheTeamsTheChildGetsAsItsParentDoes() throws Exception {
        // GIVEN a team placed in dev, the child's parent
        Files.createDirectories(project.resolve("teams"));
        Files.writeString(project.resolve("teams/payments.yaml"), """
                name: payments
                owners: {aws: ["arn:aws:iam::111122223333:role/payments-developers"]}
                contact: payments@example.com
                costCenter: "4711"
                environments: [dev]
                namespaces: [{name: payments-api}]
                """);

        // WHEN the child's offline plan is printed
        int code = run(T0, "dev", "up", "jane-test", "--from", "dev", "--owner", "jane@example.com", "--offline",
                "--project-dir", project.toString());

        // THEN it has the team's namespace, as the deployed program (which reads the project's teams) would
        assertThat(code).isZero();
        assertThat(out.toString()).contains("+ kubernetes:core/v1:Namespace  jane-test-blue-payments-api");
    }

    @Test
    void downIfExistsSucceedsWithNothingToDoButStillRefusesALongLivedStack() {
        // GIVEN no environment pr-7 (no file, no stack) WHEN a teardown job downs it with --if-exists
        int missing = run(T0, "dev", "down", "pr-7", "--yes", "--if-exists");

        // THEN it succeeds and says there was nothing to destroy, touching nothing
        assertThat(missing).isZero();
        assertThat(out.toString()).contains("No ephemeral environment pr-7 (no file here, no stack): nothing to destroy.");
        assertThat(journal).isEmpty();
        // AND without the flag the same name is refused
        assertThat(run(T0, "dev", "down", "pr-7", "--yes")).isEqualTo(2);
        assertThat(err.toString()).contains("no ephemeral environment 'pr-7'");
        // AND the flag never lets it touch a long-lived environment
        assertThat(run(T0, "dev", "down", "dev", "--yes", "--if-exists")).isEqualTo(2);
        assertThat(err.toString()).contains("dev is not an ephemeral environment");
        assertThat(journal).isEmpty();
    }

    @Test
    void upPrintsHowToReachTheCluster() {
        int code = run(T0, "dev", "up", "jane-test", "--from", "gcp-dev", "--owner", "jane@example.com", "--yes");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("kubeconfig: gcloud container clusters get-credentials jane-test-blue "
                + "--location europe-west1-b --project acme-platform-dev", "ingress: lb-jane-test.example");
    }

    @Test
    void badInputExitsTwoNamingTheFlag() {
        int code = run(T0, "dev", "up", "jane-test", "--from", "dev", "--owner", "jane@example.com", "--ttl", "forever");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("refused: --ttl: 'forever' is not a time to live").doesNotContain("Exception");
        assertThat(project.resolve("environments/Pulumi.jane-test.yaml")).doesNotExist();
    }

    @Test
    void listShowsExpiryAndJsonForScripts() {
        at(T0).up(new EphemeralRequest("old", "dev", "jane@example.com", "1h", null));

        run(T0.plusSeconds(7200), "dev", "list");
        assertThat(out.toString()).contains("old", "jane@example.com", "2026-11-30T10:00:00Z expired", "1.34", "workers: spot 0-3");
        out.getBuffer().setLength(0);
        run(T0, "dev", "list", "--json");
        assertThat(out.toString()).contains("\"expired\" : false", "\"parent\" : \"dev\"");
    }

    @Test
    void reapExitsOneWhenADestroyFailed() {
        at(T0).up(new EphemeralRequest("old", "dev", "jane@example.com", "1h", null));
        failDestroyOf("old");

        int code = run(T0.plusSeconds(7200), "dev", "reap", "--yes");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED: [old]");
    }

    @Test
    void listMarksAChildWhoseFileNoLongerValidatesWithTheReason() throws Exception {
        // GIVEN a child whose file was edited into one that does not validate
        at(T0).up(new EphemeralRequest("old", "dev", "jane@example.com", "1h", null));
        var file = project.resolve("environments/Pulumi.old.yaml");
        Files.writeString(file, Files.readString(file).replace("kubernetesVersion: \"1.34\"", "kubernetesVersion: \"1.31\""));

        // WHEN listed, as a table and as JSON
        int code = run(T0, "dev", "list");
        String table = out.toString();
        out.getBuffer().setLength(0);
        run(T0, "dev", "list", "--json");

        // THEN it is there, marked invalid with the reason, and nothing failed
        assertThat(code).isZero();
        assertThat(table).contains("old", "2026-11-30T10:00:00Z").containsPattern("\\^ invalid file: .*kubernetesVersion");
        assertThat(out.toString()).contains("\"record\" : \"invalid-file\"", "\"problem\" : \"");
    }

    @Test
    void upOfflineRefusesAJsonPathThatIsADirectoryBeforePrintingAnything() {
        int code = run(T0, "dev", "up", "jane-test", "--from", "dev", "--owner", "jane@example.com", "--offline",
                "--json", project.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("refused: --json " + project + ": is a directory");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aProjectDirThatDoesNotExistIsRefusedNamingTheOption() {
        int code = run(T0, "dev", "list", "--project-dir", project.resolve("nonexistent").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("refused: --project-dir " + project.resolve("nonexistent") + ": no such directory");
        assertThat(out.toString()).doesNotContain("No ephemeral environments");
    }

    @Test
    void aProjectDirWithoutEnvironmentsIsRefusedNamingTheOption() {
        int code = run(T0, "dev", "reap", "--yes", "--project-dir", project.resolve("environments").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--project-dir").contains("is not a Slipway checkout (it has no environments/ directory)");
        assertThat(journal).isEmpty();
    }
}
