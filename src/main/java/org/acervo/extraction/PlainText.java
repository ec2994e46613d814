package org.acervo.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain-text files that are valid UTF-8 directly. Tika's charset guess took a short Spanish
 * UTF-8 report for GB18030 and turned every accent into a Chinese character; strict UTF-8 decoding
 * cannot be fooled that way, and anything else still goes to Tika's detection.
 */
final class PlainText {

    private PlainText() {
    }

    /** The pages (split at form feeds, as pdftotext writes them) when the file is valid UTF-8. */
    static Optional<List<String>> pagesIfUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> pages = Arrays.stream(text.replace("\r\n", "\n").split("\f", -1)).map(String::strip).toList();
            return Optional.of(pages.size() > 1 && pages.get(pages.size() - 1).isEmpty()
                    ? pages.subList(0, pages.size() - 1) : pages);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
