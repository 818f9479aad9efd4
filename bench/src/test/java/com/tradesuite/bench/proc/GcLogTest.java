package com.tradesuite.bench.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

    private static final long MB = 1024 * 1024;

    private static final List<String> G1 = List.of(
            "[0.012s][info][gc] Using G1",
            "[1.563s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 20M->3M(380M) 16.490ms",
            "[2.621s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 190M->40M(380M) 24.145ms",
            "[3.100s][info][gc] GC(2) Pause Full (System.gc()) 60M->25M(380M) 30.1ms",
            "[7.796s][info][gc,heap,exit] Heap",
            "[7.797s][info][gc,heap,exit]  garbage-first heap   total 214016K, used 35221K [0x00000000e0000000)",
            "[7.797s][info][gc,heap,exit]   region size 1024K, 26 young (26624K), 1 survivors (1024K)",
            "[7.797s][info][gc,heap,exit]  Metaspace       used 21726K, committed 22016K, reserved 1114112K");

    @Test
    void peakIsTheHighestBeforeCollectionFigureOrTheHeapAtExit() {
        assertThat(GcLog.peakHeapBytes(G1)).isEqualTo(190 * MB);
        assertThat(GcLog.peakHeapBytes(List.of(G1.get(1), G1.get(5)))).isEqualTo(35221L * 1024);
    }

    @Test
    void serialGenerationsAtExitAddUp() {
        List<String> serial = List.of(
                "[0.5s][info][gc] GC(0) Pause Young (Allocation Failure) 2M->1M(9M) 1.0ms",
                "[0.9s][info][gc,heap,exit]  def new generation   total 3072K, used 2048K [0x0)",
                "[0.9s][info][gc,heap,exit]   eden space 2752K,  70% used [0x0)",
                "[0.9s][info][gc,heap,exit]  tenured generation   total 6848K, used 1024K [0x0)");
        assertThat(GcLog.peakHeapBytes(serial)).isEqualTo(3072L * 1024);
    }

    @Test
    void lastAfterCollectionIsTheLiveHeapOfAFullGc(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gc.log");
        Files.write(file, G1);
        assertThat(GcLog.lastAfterGcBytes(file)).isEqualTo(25 * MB);
        assertThat(GcLog.peakHeapBytes(dir.resolve("missing.log"))).isZero();
    }
}
