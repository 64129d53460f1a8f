package cn.qinglian.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Warm-up calls, then timed ones: what every in-process figure does. */
final class Timing {

    private Timing() {
    }

    /**
     * Calls {@code action} {@code warmUp} times untimed (class loading, JIT, caches), then {@code runs}
     * times timed; the calls get 0, 1, 2 … across both, so each can pick another page or cadre.
     * Returns the timed calls in milliseconds.
     */
    static List<Double> samples(int warmUp, int runs, IntConsumer action) {
        for (int i = 0; i < warmUp; i++) {
            action.accept(i);
        }
        List<Double> times = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            action.accept(warmUp + i);
            times.add(ms(started));
        }
        return times;
    }

    /** Milliseconds since {@code started} ({@link System#nanoTime()}). */
    static double ms(long started) {
        return (System.nanoTime() - started) / 1e6;
    }
}
