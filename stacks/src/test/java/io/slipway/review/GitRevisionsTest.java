package io.slipway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.TestEnvironments;
import io.slipway.plan.TinyPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base of a diff read through a fake git that answers like git does and records what it was asked. */
class GitRevisionsTest {
    @TempDir
    Path dir;

    private Path bin;
    private Path environments;

    @BeforeEach
    void fakeGit() throws Exception {
        bin = dir.resolve("bin");
        environments = Files.createDirectories(dir.resolve("environments"));
        Path committed = TestEnvironments.copyOfDev(Files.createDirectories(dir.resolve("committed")), "dev");
        Files.writeString(committed, Files.readString(committed).replace("10.10.0.0/16", "10.11.0.0/16"));
        // git's own answers: rev-parse prints the short hash or fails quietly; show prints the blob or says why not.
        FakeTools.install(bin, "git", """
                case "$3 $*" in
                  rev-parse*origin/main*) exit 1 ;;
                  rev-parse*HEAD*|rev-parse*v1.2*) [[ "$*" == *--short* ]] && echo 4f2a9c1; exit 0 ;;
                  rev-parse*) exit 1 ;;
                  show*HEAD:./Pulumi.dev.yaml*) printf "%%s\\n" "$(< "%s")" ;;
                  show*HEAD:./Pulumi.new.yaml*) echo "fatal: path 'environments/Pulumi.new.yaml' exists on disk, but not in 'HEAD'" >&2; exit 128 ;;
                esac
                """.formatted(committed));
    }

    private BasePlans basePlans() {
        return new BasePlans(new OfflinePlanner(TinyPlatform::define), new GitRevisions(new ExternalTool("git", FakeTools.pathOnly(bin))));
    }

    @Test
    void plansTheFileAsCommittedAtTheDefaultRef() throws Exception {
        // GIVEN a repository without origin/main whose HEAD has dev with another CIDR
        Path file = TestEnvironments.copyOfDev(environments, "dev");

        // WHEN the base of dev is taken without a ref
        BasePlans.Base base = basePlans().atRef("dev", file, null);

        // THEN HEAD is used, the committed file is planned, and git was asked exactly that
        assertThat(base.description()).contains("at HEAD (4f2a9c1), planned with this checkout's code");
        assertThat(base.plan().resources()).anySatisfy(r -> assertThat(r.input("cidrBlock")).contains("10.11.0.0/16"));
        assertThat(FakeTools.calls(bin, "git")).containsExactly(
                "-C " + environments + " rev-parse --verify --quiet origin/main^{commit}",
                "-C " + environments + " rev-parse --short --verify --quiet HEAD^{commit}",
                "-C " + environments + " rev-parse --short --verify --quiet HEAD^{commit}",
                "-C " + environments + " show HEAD:./Pulumi.dev.yaml");
    }

    @Test
    void anEnvironmentNewSinceTheRefHasAnEmptyBase() throws Exception {
        // GIVEN an environment HEAD does not have WHEN its base is taken THEN everything is new
        Path file = TestEnvironments.copyOfDev(environments, "new");
        BasePlans.Base base = basePlans().atRef("new", file, "HEAD");
        assertThat(base.plan().resources()).isEmpty();
        assertThat(base.description()).endsWith("not there yet, so everything is new");
    }

    @Test
    void anUnknownRefIsAUserMistake() throws Exception {
        // GIVEN a ref git does not know WHEN the base is taken THEN the message names it
        Path file = TestEnvironments.copyOfDev(environments, "dev");
        assertThatThrownBy(() -> basePlans().atRef("dev", file, "nope"))
                .isInstanceOf(ReviewInputException.class).hasMessageStartingWith("git ref 'nope' does not name a commit");
    }

    @Test
    void gitMissingFromThePathSaysWhatToDoInstead() throws Exception {
        // GIVEN no git on the PATH WHEN the base is taken THEN the message points at --base-plan
        Path file = TestEnvironments.copyOfDev(environments, "dev");
        var noGit = new BasePlans(new OfflinePlanner(TinyPlatform::define),
                new GitRevisions(new ExternalTool("git", FakeTools.pathOnly(Files.createDirectories(dir.resolve("empty"))))));
        assertThatThrownBy(() -> noGit.atRef("dev", file, "HEAD")).isInstanceOf(ReviewInputException.class)
                .hasMessage("git is not on the PATH: diff needs git to read the base; or give --base-plan FILE");
    }
}
