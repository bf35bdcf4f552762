package io.slipway.ephemeral;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.ephemeral.EphemeralSpec;

/**
 * One ephemeral environment as {@code dev list}, {@code dev reap} and the cap on children find it:
 * by its environment file, or, when that file does not validate or does not exist here, by the
 * {@code ephemeral} block the file still holds or the {@code ephemeral} output its stack exports.
 *
 * @param name      the environment (= stack) name; a claimed standby answers to another ({@link #answersTo})
 * @param ephemeral its ephemeral block as found; on an invalid file any field may be missing or malformed
 * @param spec      the validated environment; null unless {@code record} is {@link Record#FILE}
 * @param record    where it was found
 * @param problem   why the file does not validate ({@link Record#INVALID_FILE}); null otherwise
 * @param controlPlaneRange a GKE child's control-plane /28 as its file or stack output records it; null when
 *                  there is none (an AWS child) or it cannot be read
 */
public record FoundChild(String name, EphemeralSpec ephemeral, EnvironmentSpec spec, Record record, String problem,
                         String controlPlaneRange) {
    /** Where a child was found. */
    public enum Record {
        /** A valid environment file. */
        FILE("file"),
        /** An environment file with an {@code ephemeral} block that fails validation. */
        INVALID_FILE("invalid-file"),
        /** No file here: a stack in the backend whose outputs mark it ephemeral (made elsewhere, or its file was lost). */
        STACK_ONLY("stack-only");

        private final String label;

        Record(String label) {
            this.label = label;
        }

        /** The word {@code dev list --json} prints. */
        public String label() {
            return label;
        }
    }

    /** A child found by its valid file, with the control-plane range that file holds (a GKE child's). */
    public static FoundChild ofFile(String name, EnvironmentSpec spec) {
        return new FoundChild(name, spec.ephemeral(), spec, Record.FILE, null, spec.gcp() == null ? null : spec.gcp().masterCidr());
    }

    /** The name developers use for it: what a claimed standby was claimed as, else its own. */
    public String answersTo() {
        return ephemeral.claimedAs() == null ? name : ephemeral.claimedAs();
    }

    /** What {@code dev list} says about where this child's record is, for every record but a valid file. */
    public String note() {
        return switch (record) {
            case FILE -> "";
            case INVALID_FILE -> "invalid file: " + problem;
            case STACK_ONLY -> "stack only: no environments/Pulumi." + name + ".yaml here";
        };
    }
}
