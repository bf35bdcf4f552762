package io.slipway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsExampleTest {
    @TempDir
    Path dir;

    @Test
    void theMinimalExampleAtTheTopOfTheReferenceIsAValidStackFile() throws IOException {
        // GIVEN the first YAML block of docs/environment.md, saved as a stack file
        String docs = Files.readString(Path.of("../docs/environment.md"));
        var block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(block.find()).isTrue();
        Path file = Files.writeString(dir.resolve("Pulumi.docs.yaml"), block.group(1));
        // WHEN it is loaded with every rule pulumi up applies
        var loaded = SpecRules.loader().loadStackFile(file);
        // THEN it is valid, without warnings
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.spec().slots()).containsKey("blue");
    }

    @Test
    void theReadmeExampleIsAValidEnvironmentToo() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        var block = Pattern.compile("```yaml\\n(config:.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).isTrue();
        Path file = Files.writeString(dir.resolve("Pulumi.readme.yaml"), block.group(1));
        assertThat(SpecRules.loader().loadStackFile(file).spec().cloud()).isNotNull();
    }
}
