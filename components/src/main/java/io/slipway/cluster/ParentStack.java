package io.slipway.cluster;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.StackReference;
import com.pulumi.resources.StackReferenceArgs;
import java.util.List;

/**
 * An ephemeral environment's read of its parent stack's outputs ({@link FoundationExports}). A
 * missing output fails the deployment with the output's and the stack's name, which means the
 * parent was deployed by a Slipway version that did not export it yet: run {@code pulumi up} on it.
 */
public final class ParentStack {
    private final StackReference reference;

    /**
     * @param qualifiedName {@code <organization>/<project>/<stack>} of the parent
     * @param parent        the component the reference is registered under
     */
    public ParentStack(String qualifiedName, Resource parent) {
        this.reference = new StackReference(qualifiedName.substring(qualifiedName.lastIndexOf('/') + 1) + "-parent",
                StackReferenceArgs.builder().name(qualifiedName).build(),
                CustomResourceOptions.builder().parent(parent).build());
    }

    public Resource resource() {
        return reference;
    }

    public Output<String> string(String output) {
        return reference.requireOutput(output).applyValue(String::valueOf);
    }

    public Output<List<String>> strings(String output) {
        return reference.requireOutput(output).applyValue(value -> {
            if (!(value instanceof List<?> list)) {
                throw new IllegalStateException("output '" + output + "' of the parent stack is not a list: " + value);
            }
            return list.stream().map(String::valueOf).toList();
        });
    }
}
