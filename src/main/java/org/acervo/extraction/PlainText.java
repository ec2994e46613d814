package org.acervo.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads plain-text files in the encodings Spanish archives hold: UTF-8, UTF-16 with a byte-order mark,
 * and otherwise Windows-1252 (a superset of Latin-1's printable characters).
 *
 * <p>Tika's statistical charset guess took a short Spanish UTF-8 report for GB18030 and turned every
 * accent into a Chinese character. Strict UTF-8 decoding cannot be fooled that way (Latin-1 accents
 * are never valid UTF-8), so the rule is exact rather than a guess.
 */
final class PlainText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainText() {}

    /** The pages, split at form feeds as pdftotext writes them. */
    static List<String> pages(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        List<String> pages = Arrays.stream(text.replace("\r\n", "\n").split("\f", -1))
                .map(String::strip)
                .toList();
        return pages.size() > 1 && pages.get(pages.size() - 1).isEmpty() ? pages.subList(0, pages.size() - 1) : pages;
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
