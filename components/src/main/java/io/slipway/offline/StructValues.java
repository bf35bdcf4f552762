package io.slipway.offline;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the engine's protobuf property values into plain, ordered Java values for the plan:
 * maps sorted by key, integral numbers as longs, secrets masked, unknowns named.
 */
final class StructValues {
    static final String SECRET = "[secret]";
    static final String UNKNOWN = "(known after apply)";

    // Wire-protocol signatures of special values (Pulumi's property value encoding).
    private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    private static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private static final String UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private StructValues() {}

    static Map<String, Object> toMap(Struct struct) {
        var map = new TreeMap<String, Object>();
        struct.getFieldsMap().forEach((k, v) -> {
            Object converted = toJava(v);
            if (converted != null) {
                map.put(k, converted);
            }
        });
        return map;
    }

    static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> UNKNOWN_VALUE.equals(value.getStringValue()) ? UNKNOWN : value.getStringValue();
            case LIST_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
                yield list;
            }
            case STRUCT_VALUE -> special(value.getStructValue());
        };
    }

    private static Object special(Struct struct) {
        Value sig = struct.getFieldsMap().get(SIG_KEY);
        if (sig == null) {
            return toMap(struct);
        }
        return switch (sig.getStringValue()) {
            case SECRET_SIG -> SECRET;
            case RESOURCE_SIG -> toJava(struct.getFieldsMap().getOrDefault("urn", Value.getDefaultInstance()));
            case OUTPUT_SIG -> {
                Value inner = struct.getFieldsMap().get("value");
                boolean secret = struct.getFieldsMap().getOrDefault("secret", Value.getDefaultInstance()).getBoolValue();
                yield secret ? SECRET : inner == null ? UNKNOWN : toJava(inner);
            }
            default -> toMap(struct);
        };
    }

    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
}
