package cn.qinglian.portal.report;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import org.jspecify.annotations.Nullable;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows for a report from Java records (read through their accessors, which bean data sources cannot see)
 * or maps. The field {@code _THIS} is the row itself, e.g. for a list of strings; a collection value of a
 * field declared as {@code JRDataSource} becomes a nested data source (tables inside a band).
 */
final class RecordDataSource implements JRRewindableDataSource {

    private static final Map<Class<?>, Map<String, MethodHandle>> ACCESSORS = new ConcurrentHashMap<>();

    private final List<?> rows;
    private Iterator<?> cursor;
    private @Nullable Object current;

    RecordDataSource(Collection<?> rows) {
        this.rows = List.copyOf(rows);
        this.cursor = this.rows.iterator();
    }

    /** A value handed to the report: collections meant as data sources are wrapped, the rest passes. */
    static @Nullable Object adapt(@Nullable Object value, Class<?> declared) {
        if (value instanceof Collection<?> c && declared.isAssignableFrom(RecordDataSource.class)
                && JRDataSource.class.isAssignableFrom(declared)) {
            return new RecordDataSource(c);
        }
        return value;
    }

    @Override
    public boolean next() {
        current = cursor.hasNext() ? cursor.next() : null;
        return current != null;
    }

    @Override
    public void moveFirst() {
        cursor = rows.iterator();
        current = null;
    }

    @Override
    public @Nullable Object getFieldValue(JRField field) {
        Object row = current;
        if (row == null) {
            return null;
        }
        String name = field.getName();
        Object value;
        if ("_THIS".equals(name)) {
            value = row;
        } else if (row instanceof Map<?, ?> map) {
            value = map.get(name);
        } else {
            value = read(row, name);
        }
        return adapt(value, field.getValueClass());
    }

    private static @Nullable Object read(Object row, String name) {
        MethodHandle accessor = ACCESSORS.computeIfAbsent(row.getClass(), RecordDataSource::accessors).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException(row.getClass().getSimpleName() + " has no component " + name);
        }
        try {
            return accessor.invoke(row);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + name + " of " + row.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, MethodHandle> accessors(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("report rows must be records or maps, not " + type.getName());
        }
        Map<String, MethodHandle> byName = new ConcurrentHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                // records nested privately in a feature class are fine: the module is open to us
                var method = c.getAccessor();
                method.setAccessible(true);
                byName.put(c.getName(), MethodHandles.lookup().unreflect(method));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
            }
        }
        return byName;
    }
}
