/**
 * The benchmark entry point ({@link cn.qinglian.portal.bench.Bench}, run by {@code mvn -q -B -Pbench verify}):
 * a district-scale dataset in its own data directory, and one JSON object of figures. See docs/bench.md.
 */
@NullMarked
package cn.qinglian.portal.bench;

import org.jspecify.annotations.NullMarked;
