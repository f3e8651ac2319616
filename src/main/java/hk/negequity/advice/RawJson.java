package hk.negequity.advice;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An answer already written as JSON (UTF-8), written again as it is. A batch writes each case's answer as
 * soon as it is made, on the thread that made it: the answer's objects are then garbage at once, instead of
 * a thousand answers living until the whole response is written (which made every young collection copy
 * them), and the response only copies bytes.
 */
@JsonSerialize(using = RawJson.Writer.class)
public final class RawJson implements SerializableString {

    private final byte[] utf8;

    private RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static RawJson of(Object answer) {
        return new RawJson(AnswerJson.bytes(answer));
    }

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        return copy(utf8, buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String value = getValue();
        if (offset + value.length() > buffer.length) {
            return -1;
        }
        value.getChars(0, value.length(), buffer, offset);
        return value.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer out) {
        if (out.remaining() < utf8.length) {
            return -1;
        }
        out.put(utf8);
        return utf8.length;
    }

    // Written as a JSON string (never by the batch, which writes it raw): the text, escaped and quoted.

    @Override
    public char[] asQuotedChars() {
        return JsonStringEncoder.getInstance().quoteAsString(getValue());
    }

    @Override
    public byte[] asQuotedUTF8() {
        return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return copy(asQuotedUTF8(), buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        char[] quoted = asQuotedChars();
        if (offset + quoted.length > buffer.length) {
            return -1;
        }
        System.arraycopy(quoted, 0, buffer, offset, quoted.length);
        return quoted.length;
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        byte[] quoted = asQuotedUTF8();
        out.write(quoted);
        return quoted.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        byte[] quoted = asQuotedUTF8();
        if (buffer.remaining() < quoted.length) {
            return -1;
        }
        buffer.put(quoted);
        return quoted.length;
    }

    /** Copies {@code bytes} into {@code buffer} at {@code offset}: their length, or -1 if they do not fit. */
    private static int copy(byte[] bytes, byte[] buffer, int offset) {
        if (offset + bytes.length > buffer.length) {
            return -1;
        }
        System.arraycopy(bytes, 0, buffer, offset, bytes.length);
        return bytes.length;
    }

    @Override
    public String toString() {
        return getValue();
    }

    static final class Writer extends StdSerializer<RawJson> {

        private static final long serialVersionUID = 1L;

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value);
        }
    }
}
