package com.tradesuite.bench.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a jar in its own JVM (this JVM's java), with a GC log and its output in files of the run directory. */
public final class JavaLaunch {

    private JavaLaunch() {
    }

    /**
     * @param jvmOptions e.g. -Xmx256m; the GC log option is added
     * @param name base name of the files written: NAME.out, NAME.err, NAME-gc.log in {@code runDir}
     */
    public static Process start(Path jar, List<String> jvmOptions, List<String> args, Map<String, String> env,
                                Path runDir, String name) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -B -pl bench -am package"
                    + " -DskipTests builds everything the benchmark launches)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(GcLog.option(gcLog(runDir, name)));
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        try {
            Files.createDirectories(runDir);
            Files.deleteIfExists(gcLog(runDir, name));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(runDir.resolve(name + ".out").toFile())
                    .redirectError(runDir.resolve(name + ".err").toFile());
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    public static Path gcLog(Path runDir, String name) {
        return runDir.resolve(name + "-gc.log");
    }

    /** SIGTERM, then SIGKILL after a grace period. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Asks a running JVM for a full collection (jcmd PID GC.run), so its GC log then shows the live heap. */
    public static void fullGc(Process process) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String binary = Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd";
        try {
            Process run = new ProcessBuilder(binary, String.valueOf(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            run.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
