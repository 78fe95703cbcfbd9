package org.publd.cli;

import java.io.IOException;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.publd.pipeline.RecordPipeline;

/** A progress bar on standard error, shown only to a person: when stderr is a terminal and the input is large. */
final class Progress implements RecordPipeline.ProgressListener, AutoCloseable {
    private static final long LARGE_INPUT = 16L << 20;

    private ProgressBar bar;
    /** Where a large input's later phases are told, a line each, when stderr is no terminal; else null. */
    private PrintStream lines;
    private String task;
    /** For a bar of items made at the first progress, when their number is known: its task and unit. */
    private String laterTask;
    private String laterUnit;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar counting items whose number is known only at the first progress (a search's hits, the resources to link). */
    static Progress forItemsLater(String task, String unit) {
        Progress p = new Progress(null);
        p.laterTask = task;
        p.laterUnit = unit;
        return p;
    }

    /**
     * A bar for {@code totalBytes} of input (-1 when unknown), or a silent listener; its {@link #phase}s
     * follow the bar, or are lines on stderr when it is no terminal.
     */
    static Progress forInput(String task, long totalBytes) {
        return forInput(task, totalBytes, stderrIsTerminal(), System.err);
    }

    /** {@link #forInput(String, long)} for a stderr that is or is not a terminal. */
    static Progress forInput(String task, long totalBytes, boolean terminal, PrintStream stderr) {
        // A small input is done before a person waits: it stays quiet, as scripts and tests expect.
        if (totalBytes < LARGE_INPUT) {
            return new Progress(null);
        }
        Progress p = terminal ? bar(task, totalBytes, " MiB", 1L << 20) : new Progress(null);
        if (!terminal) {
            p.lines = stderr;
        }
        p.task = task;
        return p;
    }

    /** A bar counting {@code total} items of a task, or a silent listener when stderr is no terminal. */
    static Progress forItems(String task, String unit, long total) {
        return total <= 0 ? new Progress(null) : bar(task, total, " " + unit, 1);
    }

    /**
     * A bar over the {@code totalBytes} of a plan of files (-1 when unknown), whose ETA is the whole
     * plan's, with room for a message ({@link #say}); a silent listener when stderr is no terminal.
     */
    static Progress forPlan(String task, long totalBytes) {
        return totalBytes == 0 ? new Progress(null) : bar(task, totalBytes, " MiB", 1L << 20);
    }

    // A bar to max (-1: unknown) in units of unitSize, or a silent listener when stderr is no terminal.
    private static Progress bar(String task, long max, String unit, long unitSize) {
        if (!stderrIsTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUnit(unit, unitSize).showSpeed()
                .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
                .build());
    }

    /** Moves the bar on by {@code n}. */
    void stepBy(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    /**
     * A step after the input is read ({@code indexing}): said after the full bar, or on a line of its
     * own when stderr is no terminal, so that a long wait at 100 % is explained.
     */
    void phase(String name) {
        if (bar != null) {
            bar.setExtraMessage(" " + name + "...");
        } else if (lines != null) {
            lines.println("publd " + task + ": " + name);
        }
    }

    /** Shows {@code message} after the bar (which file, how fast). */
    void say(String message) {
        if (bar != null) {
            bar.setExtraMessage(" " + message);
        }
    }

    @Override
    public void progress(long done, long total) {
        if (laterTask != null) {
            bar = forItems(laterTask, laterUnit, total).bar;
            laterTask = null;
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private static boolean stderrIsTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
