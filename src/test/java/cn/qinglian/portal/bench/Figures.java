package cn.qinglian.portal.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The result: a flat JSON object of named numbers, in the order they were measured. */
public final class Figures {

    private final Map<String, Number> values = new LinkedHashMap<>();

    /** Names are part of the output contract, so a typo fails the run instead of adding a stray key. */
    public void put(String name, Number value) {
        if (!name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw new IllegalArgumentException("figure name must be snake_case ending in its unit: " + name);
        }
        if (values.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("figure measured twice: " + name);
        }
    }

    /** Puts the median of the samples, rounded to 0.01. */
    public void putMedian(String name, List<Double> samples) {
        put(name, median(samples));
    }

    static double median(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public String toJson() {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + number(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String number(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return n.toString();
        }
        BigDecimal d = BigDecimal.valueOf(n.doubleValue()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
