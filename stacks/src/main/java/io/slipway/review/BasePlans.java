package io.slipway.review;

import io.slipway.model.loading.InvalidEnvironmentException;
import io.slipway.plan.OfflinePlanner;
import io.slipway.plan.Plan;
import io.slipway.plan.PlanJsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "before" side of {@code diff} and {@code cost --diff}: the environment file as committed at a
 * git ref, planned with this checkout's code; or a plan file that an older build wrote. Planning an old
 * file with new code shows what the environment change does; what a code change does needs the old
 * build's plan ({@code --base-plan}), which is what CI passes.
 */
public final class BasePlans {
    /** A base plan and how to describe it. */
    public record Base(Plan plan, String description) {}

    private final OfflinePlanner planner;
    private final GitRevisions git;

    public BasePlans(OfflinePlanner planner, GitRevisions git) {
        this.planner = planner;
        this.git = git;
    }

    /** The base from a plan file when given, else from the stack's file at {@code ref}. */
    public Base resolve(String stack, Path stackFile, String ref, Path planFile) {
        return planFile != null ? fromFile(stack, planFile) : atRef(stack, stackFile, ref);
    }

    /** The stack's file at {@code ref} (null: {@code origin/main}, else {@code HEAD}); an empty plan when it did not exist. */
    public Base atRef(String stack, Path stackFile, String ref) {
        Path directory = stackFile.toAbsolutePath().getParent();
        String resolved = ref == null ? git.defaultRef(directory) : ref;
        String commit = git.commitOf(directory, resolved);
        String label = stackFile + " at " + resolved + " (" + commit + "), planned with this checkout's code";
        Optional<String> text = git.fileAt(directory, resolved, stackFile.getFileName().toString());
        if (text.isEmpty()) {
            return new Base(new Plan(stack, "", List.of(), Map.of(), List.of()), label + ": not there yet, so everything is new");
        }
        try {
            Path temp = Files.createTempDirectory("slipway-base");
            Path copy = temp.resolve(stackFile.getFileName());
            try {
                Files.writeString(copy, text.get());
                return new Base(planner.plan(stack, copy), label);
            } catch (InvalidEnvironmentException e) {
                throw new ReviewInputException("the base " + stackFile + " at " + resolved + " does not load with this code ("
                        + e.problems().get(0).message() + "); give --base-plan FILE made by the base's build");
            } finally {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan file written by {@code slipway plan --json} (typically by the base commit's build in CI). */
    public Base fromFile(String stack, Path file) {
        Plan plan;
        try {
            plan = new PlanJsonReader().read(file);
        } catch (IllegalArgumentException e) {
            throw new ReviewInputException("--base-plan " + e.getMessage());
        }
        if (!plan.stack().equals(stack)) {
            throw new ReviewInputException("--base-plan " + file + " is a plan of stack '" + plan.stack() + "', not '" + stack + "'");
        }
        return new Base(plan, file.toString());
    }
}
