package io.slipway.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Words for the model's types and for the values found in a file, as problem messages use them. */
public final class TypeNames {
    private TypeNames() {}

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type in the environment model: " + type);
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("the environment model must declare element types: " + type);
    }

    /** The spellings an enum accepts in a file: its {@link JsonProperty} names. */
    static List<String> enumSpellings(Class<?> enumType) {
        List<String> spellings = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                Field field = enumType.getField(name);
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                spellings.add(property != null ? property.value() : name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("enum constant without a field: " + name, e);
            }
        }
        return spellings;
    }

    /** What a value of {@code type} looks like: "a whole number", "one of aws, gcp", "a list of strings". */
    static String expected(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == Double.class || raw == double.class) {
            return "a number";
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return "any value";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw.isEnum()) {
            return "one of " + String.join(", ", enumSpellings(raw));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "a list of " + plural(typeArgument(type, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "a map of names to " + plural(typeArgument(type, 1));
        }
        return "an object (" + raw.getSimpleName().replaceAll("Spec$", "") + ")";
    }

    private static String plural(Type type) {
        String one = expected(type);
        return switch (one) {
            case "a string" -> "strings";
            case "a whole number" -> "whole numbers";
            default -> one;
        };
    }

    /** How a value found in the file reads in a message: 'abc', the number 1.3, a list. */
    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return Echo.quote(node.asText());
        }
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            return Double.isNaN(node.doubleValue()) ? "not-a-number (.nan)" : "infinity (.inf)";
        }
        if (node.isNumber()) {
            String digits = node.asText();
            return "the number " + (digits.length() > 24 ? digits.substring(0, 12) + "... (" + digits.length()
                    + " digits)" : digits);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "a list" : "an object";
    }
}
