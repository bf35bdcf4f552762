package io.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.network.ExistingGcpNetworkSpec;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EnvironmentDocsTest {
    @Test
    void theReferenceDocumentsEveryFieldOfTheModel() throws IOException {
        // GIVEN the reference page and every record reachable from EnvironmentSpec
        String docs = Files.readString(Path.of("../docs/environment.md"));
        Set<String> undocumented = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        pending.add(EnvironmentSpec.class);
        // WHEN each record component is looked up as `key` or `parent.key`
        while (!pending.isEmpty()) {
            Class<?> record = pending.pop();
            if (!seen.add(record)) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                String key = component.getName();
                if (!docs.contains("`" + key + "`") && !docs.contains("." + key + "`")) {
                    undocumented.add(record.getSimpleName() + "." + key);
                }
                recordsIn(component.getGenericType(), pending);
            }
        }
        // THEN none is missing
        assertThat(seen).contains(TaintSpec.class, ExistingGcpNetworkSpec.class, io.slipway.model.addons.BackupsSpec.class);
        assertThat(undocumented).isEmpty();
    }

    private static void recordsIn(Type type, Deque<Class<?>> pending) {
        if (type instanceof Class<?> c && c.isRecord()) {
            pending.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                recordsIn(argument, pending);
            }
        }
    }
}
