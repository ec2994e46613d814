package org.acervo.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the commands print to a terminal, with control characters shown instead of obeyed: a file
 * named {@code oficio<ESC>[2J.pdf} or a page holding escape sequences must not clear the screen or
 * rewrite what the archivist reads. A control character other than a newline or a tab is written as
 * {@code \u001b}: readable on a terminal, and a valid escape inside a JSON string, whose meaning it
 * keeps (Jackson escapes the C0 controls itself, but not the C1 ones a mis-decoded page can hold).
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl((char) c)) {
            out.write(String.format("\\u%04x", c & 0xffff));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            // CSV ends its records with CRLF: a carriage return right before a newline moves nothing the newline does
            // not.
            if (isControl(chars[i]) && !(chars[i] == '\r' && i + 1 < off + len && chars[i + 1] == '\n')) {
                out.write(chars, start, i - start);
                write(chars[i]);
                start = i + 1;
            }
        }
        out.write(chars, start, off + len - start);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        write(text.toCharArray(), off, len);
    }

    /** C0 controls but newline and tab, DEL, and the C1 controls (U+0080 to U+009F; U+009B starts a sequence too). */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f;
    }
}
