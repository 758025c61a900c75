package de.klimaflow.consultation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What an office file's ZIP container holds, read from its central directory only: nothing is unpacked, so
 * a ZIP bomb costs no CPU. The container is refused when its entries would unpack to more than
 * {@value #MAX_UNPACKED} bytes in all, or one entry shrinks by more than {@value #MAX_RATIO} to one (OWASP's
 * advice on ZIP input); ZIP64 and split archives are refused too, no office program writes them for such files.
 */
final class OfficeZip {

    static final long MAX_UNPACKED = 100L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_ENTRIES = 5000;
    /** Entries smaller than this may shrink further (a few empty XML parts do). */
    private static final long RATIO_FROM = 1024 * 1024;

    private static final int END_RECORD = 0x06054b50;
    private static final int CENTRAL_ENTRY = 0x02014b50;
    private static final int LOCAL_ENTRY = 0x04034b50;

    /** One entry as the central directory names it. */
    record Entry(String name, int method, long packed, long unpacked, long localOffset) {}

    private final byte[] bytes;
    private final Map<String, Entry> entries;

    private OfficeZip(byte[] bytes, Map<String, Entry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /** The container's entries, or empty when it is broken, too large unpacked, or packed suspiciously tight. */
    static Optional<OfficeZip> read(byte[] bytes) {
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
            if (zip.getInt(at) == END_RECORD) {
                end = at;
                break;
            }
        }
        if (end < 0 || zip.getShort(end + 4) != 0 || zip.getShort(end + 6) != 0) {
            return Optional.empty();
        }
        int count = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        if (count > MAX_ENTRIES || offset >= end) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new HashMap<>();
        long unpacked = 0;
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || zip.getInt(at) != CENTRAL_ENTRY) {
                return Optional.empty();
            }
            long packedSize = Integer.toUnsignedLong(zip.getInt(at + 20));
            long unpackedSize = Integer.toUnsignedLong(zip.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int next = at
                    + 46
                    + nameLength
                    + Short.toUnsignedInt(zip.getShort(at + 30))
                    + Short.toUnsignedInt(zip.getShort(at + 32));
            if (next > end || packedSize == 0xFFFFFFFFL || unpackedSize == 0xFFFFFFFFL) {
                return Optional.empty();
            }
            unpacked += unpackedSize;
            if (unpacked > MAX_UNPACKED
                    || (unpackedSize > RATIO_FROM && unpackedSize > MAX_RATIO * Math.max(1, packedSize))) {
                return Optional.empty();
            }
            String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            entries.put(
                    name,
                    new Entry(
                            name,
                            Short.toUnsignedInt(zip.getShort(at + 10)),
                            packedSize,
                            unpackedSize,
                            Integer.toUnsignedLong(zip.getInt(at + 42))));
            at = next;
        }
        return Optional.of(new OfficeZip(bytes, entries));
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** The first bytes of a small entry (ODF's "mimetype"), unpacked at most that far. */
    Optional<String> head(String name, int atMost) {
        Entry entry = entries.get(name);
        if (entry == null || entry.localOffset() + 30 > bytes.length) {
            return Optional.empty();
        }
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int local = (int) entry.localOffset();
        if (zip.getInt(local) != LOCAL_ENTRY) {
            return Optional.empty();
        }
        long start = local
                + 30L
                + Short.toUnsignedInt(zip.getShort(local + 26))
                + Short.toUnsignedInt(zip.getShort(local + 28));
        long stop = Math.min(bytes.length, start + entry.packed());
        if (start > stop) {
            return Optional.empty();
        }
        byte[] packed = Arrays.copyOfRange(bytes, (int) start, (int) stop);
        if (entry.method() == 0) {
            return Optional.of(new String(packed, 0, Math.min(atMost, packed.length), StandardCharsets.US_ASCII));
        }
        if (entry.method() != 8) {
            return Optional.empty();
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] out = new byte[atMost];
            int n = inflater.inflate(out);
            return Optional.of(new String(out, 0, n, StandardCharsets.US_ASCII));
        } catch (DataFormatException broken) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }
}
