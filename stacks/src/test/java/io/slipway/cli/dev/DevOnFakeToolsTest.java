package io.slipway.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.ops.Confirmer;
import io.slipway.ops.FakeSleeper;
import io.slipway.ops.FakeTools;
import io.slipway.ops.Journal;
import io.slipway.ops.ManualClock;
import io.slipway.ops.Ops;
import io.slipway.ops.TestEnvironments;
import io.slipway.ops.pulumi.PulumiCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code dev} commands as {@code slipway} runs them: picocli, the wiring of {@link DevFactory#real}
 * ({@link DevFactory#wire}) and the real adapters (PulumiCli, PulumiCliDeployer, kubectl, aws) on the
 * recording fake executables first on the PATH (src/test/resources/fake-tools), one fake backend shared
 * by every checkout, and a clock the test moves.
 */
class DevOnFakeToolsTest {
    private static final PulumiCli.Timeouts QUICK = new PulumiCli.Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(T0);
    private FakeTools tools;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void fakeBackendWithDev() {
        tools = new FakeTools(temp, "dev");
    }

    /** A checkout with copies of the shipped environments (dev among them). */
    private Path checkout(String name) {
        return TestEnvironments.project(temp.resolve(name));
    }

    /** {@code slipway dev ARGS --project-dir CHECKOUT}, as a user runs it. */
    private int slipway(Path checkout, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        DevFactory onFakes = (projectDir, secretsProvider, yes, print) -> DevFactory.wire(
                Ops.onTools(projectDir, tools.runner(), QUICK, uri -> 200, TestEnvironments.LOCK, clock,
                        new FakeSleeper(clock, new Journal()), Confirmer.alwaysYes(), print),
                projectDir, tools.runner(), QUICK, secretsProvider, yes, print);
        var root = new CommandLine(new DevCommandTest.Root());
        DevCommand.register(root, onFakes);
        var withProject = new ArrayList<>(List.of(args));
        withProject.addAll(List.of("--project-dir", checkout.toString()));
        return root.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(withProject.toArray(String[]::new));
    }

    private List<List<String>> pulumiCalls() {
        return tools.calls().stream().filter(call -> call.get(0).equals("pulumi")).toList();
    }

    private List<List<String>> pulumiCalls(String command) {
        return pulumiCalls().stream().filter(call -> call.get(1).equals(command)).toList();
    }

    private String state() {
        return String.join("\n", tools.lines("resources.jsonl"));
    }

    @Test
    void upListExtendAndReapRunThroughTheCliAndLeaveNothingBehind() throws IOException {
        Path checkout = checkout("repo");
        // GIVEN the ingress of the child's cluster will own a load balancer
        tools.write("lbs", "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/k8s-ingress/1 jane-test-blue\n");

        // WHEN jane brings up an hour-long child of dev
        int up = slipway(checkout, "dev", "up", "jane-test", "--from", "dev", "--owner", "jane@example.com", "--ttl", "1h", "--yes");

        // THEN the file is written, the stack created and deployed as a child: its cluster, and no foundation of its own
        assertThat(up).as(err.toString()).isZero();
        assertThat(checkout.resolve("environments/Pulumi.jane-test.yaml")).exists();
        assertThat(tools.lines("stacks")).containsExactly("dev", "jane-test");
        assertThat(pulumiCalls("up")).singleElement().asList().containsSubsequence("--stack", "jane-test");
        assertThat(state()).contains("ClusterSlot::jane-test-blue", "pulumi:pulumi:StackReference::dev-parent")
                .doesNotContain("jane-test::slipway::slipway:aws:Foundation");
        assertThat(out.toString()).contains("kubeconfig: aws eks update-kubeconfig --name jane-test-blue --region eu-west-1",
                "ingress: k8s-ingress-blue.elb.eu-west-1.amazonaws.com");

        // WHEN listed for a script
        assertThat(slipway(checkout, "dev", "list", "--json")).isZero();
        assertThat(out.toString()).contains("\"name\" : \"jane-test\"", "\"expiresAt\" : \"2026-11-30T10:00:00Z\"",
                "\"expired\" : false", "\"record\" : \"file\"");

        // WHEN extended half an hour in by two hours
        clock.advance(Duration.ofMinutes(30));
        assertThat(slipway(checkout, "dev", "extend", "jane-test", "--ttl", "2h")).as(err.toString()).isZero();

        // THEN the file and the deployed stack's ephemeral output carry the new expiry
        assertThat(Files.readString(checkout.resolve("environments/Pulumi.jane-test.yaml"))).contains("expiresAt: 2026-11-30T11:30:00Z");
        assertThat(pulumiCalls("up")).hasSize(2);
        assertThat(tools.lines("ephemeral-jane-test")).singleElement().asString().contains("\"expiresAt\":\"2026-11-30T11:30:00Z\"");

        // WHEN the reaper runs before and after the new expiry
        clock.set(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(slipway(checkout, "dev", "reap", "--yes")).isZero();
        assertThat(pulumiCalls("destroy")).isEmpty();
        clock.set(Instant.parse("2026-11-30T12:00:00Z"));
        int reap = slipway(checkout, "dev", "reap", "--yes");

        // THEN it destroys the child in the clean order, removes its stack and its file, and touches nothing of dev
        assertThat(reap).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Destroyed: [jane-test]; not expired: []");
        var destroys = pulumiCalls("destroy");
        assertThat(destroys.get(0)).containsSubsequence("--stack", "jane-test").anyMatch(a -> a.endsWith("jane-test-blue-ingress"));
        assertThat(destroys).allSatisfy(call -> assertThat(call).containsSubsequence("--stack", "jane-test"));
        assertThat(tools.calls()).anyMatch(call -> call.equals(List.of("kubectl", "delete", "service", "traefik", "--namespace",
                "ingress", "--wait=true", "--ignore-not-found", "--timeout=5m")));
        assertThat(pulumiCalls("stack")).anyMatch(call -> call.equals(List.of("pulumi", "stack", "rm", "jane-test", "--yes",
                "--non-interactive")));
        assertThat(tools.lines("stacks")).containsExactly("dev");
        assertThat(tools.lines("lbs")).isEmpty();
        assertThat(state()).doesNotContain("urn:pulumi:jane-test::");
        assertThat(checkout.resolve("environments/Pulumi.jane-test.yaml")).doesNotExist();
        assertThat(pulumiCalls()).noneMatch(call -> call.contains("--show-secrets"));
    }

    @Test
    void aChildMadeOnALaptopIsListedAndReapedFromACheckoutWithoutItsFile() {
        // GIVEN sam made a child on a laptop; the CI checkout has dev's file and not the child's
        Path laptop = checkout("laptop");
        Path ci = checkout("ci");
        assertThat(slipway(laptop, "dev", "up", "sam-test", "--from", "dev", "--owner", "sam@example.com", "--ttl", "1h", "--yes"))
                .as(err.toString()).isZero();

        // WHEN the CI checkout lists the children
        assertThat(slipway(ci, "dev", "list")).isZero();

        // THEN the child is there, by its stack's ephemeral output
        assertThat(out.toString()).contains("sam-test", "sam@example.com", "2026-11-30T10:00:00Z",
                "stack only: no environments/Pulumi.sam-test.yaml here");
        assertThat(pulumiCalls("stack")).anyMatch(call -> call.equals(List.of("pulumi", "stack", "output", "--json",
                "--non-interactive", "--stack", "sam-test")));

        // WHEN the nightly reaper runs there after the expiry
        clock.advance(Duration.ofHours(2));
        int reap = slipway(ci, "dev", "reap", "--yes");

        // THEN it is destroyed and its stack removed, and the laptop's file is the only thing left
        assertThat(reap).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Destroyed: [sam-test]");
        assertThat(tools.lines("stacks")).containsExactly("dev");
        assertThat(state()).doesNotContain("urn:pulumi:sam-test::");
    }

    @Test
    void upRefusesAStackThatExistsInTheBackendWithoutAFileHere() {
        // GIVEN a stack sandbox in the backend, not made by dev up in this checkout
        tools = new FakeTools(temp.resolve("other"), "dev", "sandbox");
        Path checkout = checkout("repo");

        // WHEN dev up sandbox is asked for
        int code = slipway(checkout, "dev", "up", "sandbox", "--from", "dev", "--owner", "jane@example.com", "--yes");

        // THEN it is refused with exit 2, no file is written, and nothing is created or deployed
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("refused: NAME sandbox: the Pulumi backend already has a stack sandbox");
        assertThat(checkout.resolve("environments/Pulumi.sandbox.yaml")).doesNotExist();
        assertThat(pulumiCalls()).extracting(call -> call.get(1)).containsOnly("version", "stack");
        assertThat(pulumiCalls("stack")).extracting(call -> call.get(2)).containsOnly("ls", "output");
    }

    @Test
    void aStandbyTheCiKeepsIsClaimedFromALaptopAndTheCiReplacesIt() throws IOException {
        // GIVEN dev keeps one standby (as shipped), and the CI job has filled the pool
        Path ci = checkout("ci");
        Path laptop = checkout("laptop");
        assertThat(slipway(ci, "dev", "standby", "--from", "dev", "--owner", "platform@example.com", "--yes"))
                .as(out + "\n" + err).isZero();
        assertThat(tools.lines("stacks")).containsExactly("dev", "dev-sb1");
        assertThat(tools.lines("ephemeral-dev-sb1")).singleElement().asString().contains("\"standby\":true");
        tools.write("calls.log", "");

        // WHEN jane asks for pr-12 on her laptop, which has no file of the standby
        int up = slipway(laptop, "dev", "up", "pr-12", "--from", "dev", "--owner", "jane@example.com", "--ttl", "8h", "--yes");

        // THEN the standby's stack is deployed again as pr-12: no new stack, the kubeconfig names its cluster
        assertThat(up).as(out + "\n" + err).isZero();
        assertThat(pulumiCalls("stack")).noneMatch(call -> call.get(2).equals("init"));
        assertThat(pulumiCalls("up")).singleElement().asList().containsSubsequence("--stack", "dev-sb1");
        assertThat(out.toString()).contains("Claimed standby dev-sb1 for pr-12",
                "kubeconfig: aws eks update-kubeconfig --name dev-sb1-blue", "apps answer on *.pr-12.dev.platform.example.com");
        assertThat(Files.readString(laptop.resolve("environments/Pulumi.dev-sb1.yaml"))).contains("claimedAs: pr-12")
                .doesNotContain("standby:");
        assertThat(tools.lines("ephemeral-dev-sb1")).singleElement().asString().contains("\"claimedAs\":\"pr-12\"")
                .doesNotContain("standby");

        // WHEN the CI job, whose file of dev-sb1 is now stale, fills the pool and lists
        tools.write("calls.log", "");
        assertThat(slipway(ci, "dev", "standby", "--from", "dev", "--owner", "platform@example.com", "--yes"))
                .as(out + "\n" + err).isZero();

        // THEN it leaves the claimed stack alone and deploys a new standby
        assertThat(out.toString()).contains("dev-sb1 was claimed from another checkout");
        assertThat(pulumiCalls("up")).singleElement().asList().containsSubsequence("--stack", "dev-sb2");
        assertThat(tools.lines("stacks")).containsExactly("dev", "dev-sb1", "dev-sb2");

        // AND from the laptop, pr-12 is listed and taken down by its name
        assertThat(slipway(laptop, "dev", "list", "--json")).isZero();
        assertThat(out.toString()).contains("\"name\" : \"pr-12\"", "\"stack\" : \"dev-sb1\"");
        assertThat(slipway(laptop, "dev", "down", "pr-12", "--yes")).as(out + "\n" + err).isZero();
        assertThat(tools.lines("stacks")).containsExactly("dev", "dev-sb2");
        assertThat(laptop.resolve("environments/Pulumi.dev-sb1.yaml")).doesNotExist();
    }
}
