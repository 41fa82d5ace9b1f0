package incidentkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user and system) of this process and of each of its threads. The difference of two readings says
 * where a run's processor time went, by kind of thread: the thread that took the readings, the loader's own
 * threads (named {@code ikg-…}), the JIT compilers, the garbage collector, and the rest. On Linux the threads
 * are read from {@code /proc/self/task}, which includes the JVM's own threads; elsewhere only Java threads are
 * seen, and the compilers and the collector count as "other" (the process's total minus the threads seen).
 * A thread that ends between two readings takes its time with it.
 */
final class CpuClock {
    private CpuClock() {}

    /** Linux reports thread CPU time in ticks of 1/100 s (USER_HZ, fixed by its user-space interface). */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** A thread's name and CPU nanoseconds so far. */
    private record Thread(String name, long nanos) {}

    /** One reading: the process's CPU nanoseconds, and each thread's by id; {@code self} is the reader's id. */
    record Reading(long process, Map<Long, Thread> threads, long self) {
        /** Where the CPU time went from {@code before} to this reading, in seconds. */
        CpuUse since(Reading before) {
            double self = 0, loader = 0, compiler = 0, gc = 0;
            for (var e : threads.entrySet()) {
                Thread was = before.threads.get(e.getKey());
                double s = (e.getValue().nanos - (was == null ? 0 : was.nanos)) / 1e9;
                String name = e.getValue().name;
                if (e.getKey() == this.self)
                    self += s;
                else if (name.startsWith("ikg-"))
                    loader += s;
                else if (name.contains("Compiler"))
                    compiler += s;
                else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread"))
                    gc += s;
            }
            return new CpuUse((this.process - before.process) / 1e9, self, loader, compiler, gc);
        }
    }

    /** A reading taken now, by the calling thread. */
    static Reading now() {
        Reading r = Files.isDirectory(TASKS) ? fromProc() : null;
        return r != null ? r : fromJava();
    }

    private static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Every thread of the process, from {@code /proc/self/task/N/stat}; null when it cannot be read. */
    private static Reading fromProc() {
        Map<Long, Thread> threads = new HashMap<>();
        long self;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            // /proc/thread-self links to PID/task/TID of the calling thread
            self = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue;   // the thread ended
                }
                // "tid (name) state …": utime and stime are the 12th and 13th fields after the name
                int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                String[] f = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                threads.put(Long.parseLong(task.getFileName().toString()),
                            new Thread(stat.substring(open + 1, close), ticks * NANOS_PER_TICK));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new Reading(processNanos(), threads, self);
    }

    /** The live Java threads, from the JVM. */
    private static Reading fromJava() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Thread> threads = new HashMap<>();
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            long nanos = t == null ? -1 : mx.getThreadCpuTime(t.getThreadId());
            if (nanos >= 0)
                threads.put(t.getThreadId(), new Thread(t.getThreadName(), nanos));
        }
        return new Reading(processNanos(), threads, java.lang.Thread.currentThread().getId());
    }
}
