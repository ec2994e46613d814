package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCR slots shared by a run's workers: no more pages read at once than there are slots. */
class OcrSlotsTest {

    @TempDir
    Path dir;

    @Test
    void aSlotIsHeldUntilClosedAndThenFreeForTheNextPage() throws Exception {
        OcrSlots slots = new OcrSlots(dir, 2);
        OcrSlots sameFolder = new OcrSlots(dir, 2); // as another worker sees them

        OcrSlots.Slot first = slots.acquire();
        try (OcrSlots.Slot second = sameFolder.acquire()) {
            assertThat(slots.tryAcquire()).as("a third page while both slots are held").isNull();

            first.close();
            try (OcrSlots.Slot third = sameFolder.tryAcquire()) {
                assertThat(third).as("the slot the first page freed").isNotNull();
            }
        }
    }

    @Test
    void aWorkerGivenNoSlotsFolderSharesNone() {
        assertThat(System.getProperty(OcrSlots.PROPERTY)).isNull();
        assertThat(OcrSlots.fromSystem(2)).isNull();
    }
}
