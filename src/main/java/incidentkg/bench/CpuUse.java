package incidentkg.bench;

/**
 * Where the processor time of one measured run went, in CPU seconds (user and system, over every core): the
 * whole process; the thread that ran the measurement (bare CoreNLP's annotation, or the loader's writer); the
 * loader's worker threads (its analysis: CoreNLP, extraction, RDF, SHACL); the JIT compilers; the garbage
 * collector. The rest ({@link #other()}) is the JVM's housekeeping and threads that ended during the run.
 */
public record CpuUse(double process, double self, double loader, double compiler, double gc) {
    public double other() {
        return Math.max(0, process - self - loader - compiler - gc);
    }

    /** The time of the threads that did the run's own work: the measuring thread and the loader's workers. */
    public double work() {
        return self + loader;
    }
}
