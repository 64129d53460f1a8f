package cn.qinglian.portal.audit;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small deterministic JSON writer for audit snapshots: records by component, maps sorted by key.
 * Components named like secrets are never written.
 */
final class AuditJson {

    private AuditJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case CharSequence s -> string(out, s.toString());
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Enum<?> e -> string(out, e.name());
            case TemporalAccessor t -> string(out, t.toString());
            case Map<?, ?> m -> {
                Map<String, Object> sorted = new TreeMap<>();
                m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
                object(out, sorted);
            }
            case Collection<?> c -> {
                out.append('[');
                boolean first = true;
                for (Object o : c) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    append(out, o);
                }
                out.append(']');
            }
            case Record r -> {
                Map<String, Object> fields = new TreeMap<>();
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    if (isSecret(rc.getName())) {
                        continue;
                    }
                    try {
                        rc.getAccessor().setAccessible(true);
                        fields.put(rc.getName(), rc.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                object(out, fields);
            }
            default -> string(out, value.toString());
        }
    }

    private static boolean isSecret(String name) {
        String n = name.toLowerCase();
        return n.contains("password") || n.contains("secret") || n.contains("hash");
    }

    private static void object(StringBuilder out, Map<String, Object> fields) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (isSecret(e.getKey())) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            append(out, e.getValue());
        }
        out.append('}');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
