package org.acervo.batch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Uploaded and given lists as text, whichever of the two encodings a spreadsheet saved them in. */
final class BatchText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BatchText() {}

    /** UTF-8 when the bytes are UTF-8; else Windows-1252, in which an old Excel saves "número". */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
