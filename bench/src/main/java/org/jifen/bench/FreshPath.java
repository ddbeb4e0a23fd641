package org.jifen.bench;

/** Times of the first evaluations of freshly compiled copies of the policy (warm JVM). */
record FreshPath(double[] firstMs, double[] secondMs, double[] first1000MeanUs) {
}
