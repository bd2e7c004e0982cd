package com.boxoffice.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Latencies recorded by many threads at once, kept whole (a run has at most a few million),
 * so that percentiles are exact rather than bucketed.
 */
public final class Latencies {

    private static final int CHUNK = 4096;

    private final ConcurrentLinkedQueue<long[]> full = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Chunk> current = ThreadLocal.withInitial(this::newChunk);
    private final ConcurrentLinkedQueue<Chunk> open = new ConcurrentLinkedQueue<>();

    private Chunk newChunk() {
        Chunk chunk = new Chunk();
        open.add(chunk);
        return chunk;
    }

    public void record(long nanos) {
        Chunk chunk = current.get();
        chunk.values[chunk.size++] = nanos;
        if (chunk.size == CHUNK) {
            full.add(chunk.values);
            chunk.values = new long[CHUNK];
            chunk.size = 0;
        }
    }

    /** Call after every recording thread has finished. */
    public long[] sorted() {
        int total = full.size() * CHUNK + open.stream().mapToInt(c -> c.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] values : full) {
            System.arraycopy(values, 0, all, at, CHUNK);
            at += CHUNK;
        }
        for (Chunk chunk : open) {
            System.arraycopy(chunk.values, 0, all, at, chunk.size);
            at += chunk.size;
        }
        Arrays.sort(all);
        return all;
    }

    public long count() {
        return sorted().length;
    }

    public double percentileMillis(double percentile) {
        long[] all = sorted();
        if (all.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * all.length) - 1;
        return all[Math.max(0, Math.min(all.length - 1, index))] / 1_000_000.0;
    }

    private static final class Chunk {
        long[] values = new long[CHUNK];
        int size;
    }
}
