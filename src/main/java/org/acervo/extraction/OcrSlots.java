package org.acervo.extraction;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The OCR slots the worker processes of one run share: a lock file per core in a folder the run makes, so
 * that two workers each reading a scan's pages in parallel run no more pages at once than the machine has
 * cores (four Tesseract processes on two cores took a quarter more CPU time for the same pages;
 * docs/BENCHMARKS.md). A slot is a file lock: a worker that dies, killed on timeout or out of memory,
 * frees its slots with it.
 */
final class OcrSlots {

    /** The system property that hands a worker the slots' folder. */
    static final String PROPERTY = "acervo.ocr-slots";
    /** How long a page waits before it looks for a free slot again. */
    private static final long WAIT_MILLIS = 20;

    private final Path folder;
    private final int count;

    OcrSlots(Path folder, int count) {
        this.folder = folder;
        this.count = count;
    }

    /** The slots the run handed this worker, or null when it handed none (parsing in the run's own process). */
    static OcrSlots fromSystem(int count) {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? null : new OcrSlots(Path.of(folder), count);
    }

    /** A free slot, held until closed; waits while every slot is taken. */
    Slot acquire() throws IOException, InterruptedException {
        Slot slot = tryAcquire();
        while (slot == null) {
            Thread.sleep(WAIT_MILLIS);
            slot = tryAcquire();
        }
        return slot;
    }

    /** A free slot, or null when every slot is taken, by this process or another. */
    Slot tryAcquire() throws IOException {
        for (int i = 0; i < count; i++) {
            FileChannel channel = FileChannel.open(folder.resolve("slot-" + i), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // another thread of this process holds it
            }
            if (lock != null) {
                return new Slot(channel);
            }
            channel.close();
        }
        return null;
    }

    /** A held slot; closing it frees it. */
    static final class Slot implements AutoCloseable {
        private final FileChannel channel;

        private Slot(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            channel.close(); // releases the lock
        }
    }
}
