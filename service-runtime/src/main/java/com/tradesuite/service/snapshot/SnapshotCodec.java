package com.tradesuite.service.snapshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The bytes of a snapshot: magic, format, header (fold version, partition count, partition, next offset per input
 * topic), the slice as deflated Java serialization, and a CRC32 of all of it. Reading checks the CRC before anything
 * else and deserialises only JDK and {@code com.tradesuite} classes (an allow-list filter), so corrupt or foreign
 * bytes are refused, never executed.
 */
public final class SnapshotCodec {

    /** "TSNP". */
    static final int MAGIC = 0x54534e50;
    static final byte FORMAT = 1;
    /** The classes a slice may contain; anything else is rejected before it is instantiated. */
    static final String ALLOWED = "maxdepth=64;maxrefs=50000000;java.**;com.tradesuite.**;!*";

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(ALLOWED);

    private SnapshotCodec() {
    }

    public static byte[] encode(SnapshotHeader header, Serializable slice) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeByte(FORMAT);
            out.writeInt(header.foldVersion());
            out.writeInt(header.partitionCount());
            out.writeInt(header.partition());
            out.writeInt(header.nextOffsets().size());
            for (Map.Entry<String, Long> offset : header.nextOffsets().entrySet()) {
                out.writeUTF(offset.getKey());
                out.writeLong(offset.getValue());
            }
            byte[] body = deflated(slice);
            out.writeInt(body.length);
            out.write(body);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the snapshot of partition " + header.partition(), e);
        }
    }

    /** Checks magic, format and CRC and reads the header; the slice is read only by {@link Decoded#slice()}. */
    public static Decoded decode(byte[] bytes) throws UnusableSnapshotException {
        if (bytes == null || bytes.length < 4 + 1 + 8) {
            throw new UnusableSnapshotException("corrupt", "too short to be a snapshot");
        }
        int end = bytes.length - 8;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, end);
        if (crc.getValue() != ByteBuffer.wrap(bytes, end, 8).getLong()) {
            throw new UnusableSnapshotException("corrupt", "CRC mismatch");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, end));
            if (in.readInt() != MAGIC) {
                throw new UnusableSnapshotException("corrupt", "not a snapshot (bad magic)");
            }
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new UnusableSnapshotException("format", "snapshot format " + format + ", this code reads "
                        + FORMAT);
            }
            int foldVersion = in.readInt();
            int partitionCount = in.readInt();
            int partition = in.readInt();
            int topics = in.readInt();
            Map<String, Long> offsets = new LinkedHashMap<>();
            for (int i = 0; i < topics; i++) {
                offsets.put(in.readUTF(), in.readLong());
            }
            byte[] body = new byte[in.readInt()];
            in.readFully(body);
            return new Decoded(new SnapshotHeader(foldVersion, partitionCount, partition, offsets), body);
        } catch (IOException | RuntimeException e) {
            throw new UnusableSnapshotException("corrupt", "unreadable header: " + e, e);
        }
    }

    /** A snapshot whose header was read; its slice is deserialised on demand (after the header was checked). */
    public record Decoded(SnapshotHeader header, byte[] body) {

        public Serializable slice() throws UnusableSnapshotException {
            try (ObjectInputStream in = new ObjectInputStream(
                    new InflaterInputStream(new ByteArrayInputStream(body)))) {
                in.setObjectInputFilter(FILTER);
                Object read = in.readObject();
                if (!(read instanceof Serializable slice)) {
                    throw new UnusableSnapshotException("corrupt", "the body is not a slice");
                }
                return slice;
            } catch (InvalidClassException e) {
                throw new UnusableSnapshotException("class_rejected", e.getMessage(), e);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                throw new UnusableSnapshotException("corrupt", "unreadable slice: " + e, e);
            }
        }
    }

    private static byte[] deflated(Serializable slice) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeObject(slice);
        }
        return bytes.toByteArray();
    }
}
