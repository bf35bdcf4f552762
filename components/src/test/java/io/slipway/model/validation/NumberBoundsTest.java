package io.slipway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.model.EnvironmentFixture;
import io.slipway.model.EnvironmentSpec;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NumberBoundsTest {
    private static final String MIN = "slots.blue.nodePools[1].min";

    @Test
    void nanInfinityAndHugeNumbersAreOutOfRangeAtTheirKeyWithTheRange() {
        EnvironmentFixture.aws().set(MIN, ".nan").assertProblem(MIN, "out of range: not-a-number (.nan) is outside 0..1000; "
                + "expected a whole number from 0 to 1000");
        EnvironmentFixture.aws().set(MIN, ".inf").assertProblem(MIN, "out of range: infinity (.inf) is outside 0..1000");
        EnvironmentFixture.aws().set(MIN, "99999999999999999999999").assertProblem(MIN, "out of range: the number 9.999999999999999E22 is outside 0..1000");
        EnvironmentFixture.aws().set(MIN, "18446744073709551615").assertProblem(MIN, "out of range: the number 18446744073709551615 is outside 0..1000");
        EnvironmentFixture.aws().set("addons.backups.retentionDays", "2147483647")
                .assertProblem("addons.backups.retentionDays", "is outside 1..3650");
        EnvironmentFixture.aws().set(MIN, "1.5").assertProblem(MIN, "expected a whole number from 0 to 1000 (GKE allows 1000 nodes per pool and zone), got the number 1.5");
    }

    @Test
    void aWholeFloatIsTheWholeNumberPulumiHandsOver() {
        // GIVEN 3.0, which the Pulumi CLI passes on as 3 after its JSON round trip
        var fixture = EnvironmentFixture.aws().set(MIN, "3.0");
        // WHEN / THEN it loads as 3
        assertThat(fixture.assertValid().spec().slots().get("blue").nodePools().get(1).min()).isEqualTo(3);
    }

    @Test
    void everyWholeNumberOfTheModelHasARange() {
        // GIVEN every record reachable from EnvironmentSpec
        Set<String> unbounded = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(Set.of(EnvironmentSpec.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> record = pending.pop();
            if (!seen.add(record)) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                // WHEN its whole-number fields are looked up
                if ((component.getType() == Integer.class || component.getType() == Long.class)
                        && NumberBounds.of(record, component.getName()).isEmpty()) {
                    unbounded.add(record.getSimpleName() + "." + component.getName());
                }
                recordsIn(component.getGenericType(), pending);
            }
        }
        // THEN each has an entry in NumberBounds
        assertThat(unbounded).as("whole-number fields without a range in NumberBounds").isEmpty();
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
