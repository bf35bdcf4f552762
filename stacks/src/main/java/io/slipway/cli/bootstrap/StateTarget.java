package io.slipway.cli.bootstrap;

import com.pulumi.Context;
import io.slipway.model.Cloud;
import io.slipway.offline.MockWorld;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Where one cloud's state storage goes, and how Pulumi is pointed at it afterwards. */
sealed interface StateTarget permits AwsStateTarget, GcpStateTarget {
    Cloud cloud();

    /** The state bucket's name; also the bootstrap stack's name, so one bucket is one bootstrap stack. */
    String bucket();

    /** Stack config of the bootstrap stack (the provider's region, project). */
    Map<String, String> config();

    Consumer<Context> program(StateBackendPrograms programs);

    /** The pretend account {@code --plan} answers from. */
    MockWorld mockWorld();

    /** What will be created where, for the confirmation. */
    List<String> description();

    /** How the {@code pulumi login} URL of this bucket starts ({@code s3://<bucket>}, {@code gs://<bucket>}). */
    String loginUrlPrefix();
}
