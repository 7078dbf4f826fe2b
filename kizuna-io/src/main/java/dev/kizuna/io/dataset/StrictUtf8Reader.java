package dev.kizuna.io.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 refusing malformed bytes, drops a leading byte order mark, and knows the line it
 * has reached, so a bad byte is reported at its own line. {@link java.io.InputStreamReader} would
 * lose the characters decoded just before the bad byte and with them the line count.
 */
final class StrictUtf8Reader extends Reader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Malformed UTF-8 at a known line. */
    static final class MalformedUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        MalformedUtf8Exception(int line, String detail) {
            super(detail);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private boolean endOfInput;
    private boolean atStart = true;
    private boolean lastWasCarriageReturn;
    private int line = 1;
    private MalformedUtf8Exception pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    /** The line of the next character to be read (1-based; CR, LF and CRLF each end a line). */
    int line() {
        return line;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                countLines(buffer, offset, out.position());
                pending = new MalformedUtf8Exception(line, describe(result));
                if (out.position() == offset) {
                    throw pending;
                }
                break;
            }
            if (result.isOverflow() || out.position() > offset) {
                break;
            }
            if (endOfInput) {
                return -1;
            }
            fill();
        }
        int produced = out.position() - offset;
        if (pending == null) {
            countLines(buffer, offset, out.position());
        }
        if (atStart) {
            atStart = false;
            if (buffer[offset] == BYTE_ORDER_MARK) {
                System.arraycopy(buffer, offset + 1, buffer, offset, produced - 1);
                produced--;
                if (produced == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        return produced;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countLines(char[] buffer, int from, int to) {
        int count = 0;
        boolean afterCr = lastWasCarriageReturn;
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCr) {
                    count++;
                }
                afterCr = false;
            } else if (c == '\r') {
                count++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
        lastWasCarriageReturn = afterCr;
        line += count;
    }

    private String describe(CoderResult result) {
        StringBuilder text = new StringBuilder();
        int at = bytes.position();
        int length = Math.min(result.length(), bytes.limit() - at);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(String.format(Locale.ROOT, "0x%02X", bytes.get(at + i) & 0xFF));
        }
        return text.isEmpty() ? "a truncated character at the end" : (length == 1 ? "byte " : "bytes ") + text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
