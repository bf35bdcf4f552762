package io.slipway.model.validation.operations;

import io.slipway.model.EnvironmentSpec;
import io.slipway.model.validation.Findings;
import io.slipway.model.validation.KeyPaths;
import io.slipway.model.validation.ModelRule;
import io.slipway.model.validation.SecretPatterns;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * No value of the environment looks like a credential (see {@link SecretPatterns}): tags and labels
 * are visible to anyone with read access to the account, URLs end up in alerts, and the whole object
 * is committed in plain text. Walks every string of the bound records by reflection, so fields other
 * issues add are covered too.
 */
public final class SecretRule implements ModelRule {
    @Override
    public void check(EnvironmentSpec spec, Findings findings) {
        visit(spec, "", findings);
    }

    private static void visit(Object value, String path, Findings findings) {
        if (value instanceof String text) {
            SecretPatterns.secretIn(text).ifPresent(what -> findings.error(path, "looks like " + what + "; "
                    + SecretPatterns.advice("<key>") + " (Slipway reads only the secrets it documents)"));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                String keyPath = KeyPaths.child(path, String.valueOf(key));
                SecretPatterns.secretIn(String.valueOf(key)).ifPresent(what -> findings.error(keyPath,
                        "the key looks like " + what + "; " + SecretPatterns.advice("<key>")));
                visit(element, keyPath, findings);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(list.get(i), KeyPaths.element(path, i), findings);
            }
        } else if (value instanceof Collection<?>) {
            throw new IllegalStateException("the environment model holds an unordered collection");
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    visit(component.getAccessor().invoke(record), KeyPaths.child(path, component.getName()), findings);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
