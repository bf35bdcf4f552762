package io.slipway.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Environment files as they were at a git ref: the base of {@code diff} and {@code cost --diff}. */
public final class GitRevisions {
    /** The base when none is given: what the pull request merges into. */
    public static final String MAIN = "origin/main";

    private final ExternalTool git;

    public GitRevisions(ExternalTool git) {
        this.git = git;
    }

    /** {@code origin/main} when the repository has it, else {@code HEAD}. */
    public String defaultRef(Path directory) {
        return resolves(directory, MAIN) ? MAIN : "HEAD";
    }

    /** The ref's commit, abbreviated, for the report; a user mistake when the ref does not resolve. */
    public String commitOf(Path directory, String ref) {
        var result = git(directory, List.of("rev-parse", "--short", "--verify", "--quiet", ref + "^{commit}"));
        if (!result.ok()) {
            throw new ReviewInputException("git ref '" + ref + "' does not name a commit in " + directory
                    + (result.stderr().isBlank() ? "" : " (" + result.stderr().strip() + ")"));
        }
        return result.stdout().strip();
    }

    /** The file in {@code directory} as committed at {@code ref}; empty when it did not exist there yet. */
    public Optional<String> fileAt(Path directory, String ref, String fileName) {
        commitOf(directory, ref);
        var result = git(directory, List.of("show", ref + ":./" + fileName));
        if (result.ok()) {
            return Optional.of(result.stdout());
        }
        if (result.stderr().contains("does not exist in") || result.stderr().contains("exists on disk, but not in")) {
            return Optional.empty();
        }
        throw new ReviewInputException("git show " + ref + ":./" + fileName + " failed: " + result.stderr().strip());
    }

    private boolean resolves(Path directory, String ref) {
        return git(directory, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}")).ok();
    }

    private ExternalTool.Result git(Path directory, List<String> args) {
        var all = new ArrayList<String>(List.of("-C", directory.toString()));
        all.addAll(args);
        var result = git.run(all, new byte[0], "diff needs git to read the base; or give --base-plan FILE");
        if (result.stderr().contains("not a git repository")) {
            throw new ReviewInputException(directory + " is not in a git repository; give --base-plan FILE instead of --base");
        }
        return result;
    }
}
