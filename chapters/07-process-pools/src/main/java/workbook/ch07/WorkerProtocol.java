package workbook.ch07;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.util.List;

/**
 * What goes over the pipes between a {@link ProcessPool} and its workers: frames of serialized objects,
 * each read back through an {@link ObjectInputFilter} allow-list.
 *
 * <p>A frame is a kind (one byte), a task id (a long), a length (an int) and that many bytes: one
 * serialized object, written by its own {@link ObjectOutputStream} so that nothing is remembered from
 * one task to the next. Both sides read with a filter that accepts only the classes in {@link #ALLOWED}
 * and limits depth, references, array lengths and bytes: deserializing is running code chosen by the
 * sender, and a filter is how Java keeps a crafted stream from choosing anything it likes.
 *
 * <pre>{@code
 * byte[] bytes = WorkerProtocol.serialize(task);
 * Object back = WorkerProtocol.deserialize(bytes, WorkerProtocol.filter(WorkerProtocol.ALLOWED));
 *                                                     // InvalidClassException if refused
 * }</pre>
 */
final class WorkerProtocol {

    /** The largest frame either side sends or accepts: a length beyond it is a broken stream. */
    public static final int MAX_FRAME = 16 << 20;

    // tag::filter[]
    /** Limits on any one object graph: nesting, objects, array length, bytes. */
    public static final String LIMITS = "maxdepth=64;maxrefs=100000;maxarray=1000000;maxbytes=" + MAX_FRAME;

    /**
     * The classes a worker and its pool accept from each other: values from {@code java.lang},
     * {@code java.math} and {@code java.time}, lambdas, the collections that exceptions and
     * {@code List.of} are made of, and the workbook's own classes. Anything else is rejected.
     */
    public static final List<String> ALLOWED = List.of(
            "java.lang.*", "java.math.*", "java.time.*", "java.lang.invoke.SerializedLambda",
            "java.util.ArrayList", "java.util.Collections$EmptyList", "java.util.CollSer",
            "java.util.ImmutableCollections$*", "workbook.**");

    /** The filter for {@code allowed} (patterns such as {@code com.example.**}) within {@link #LIMITS}. */
    public static ObjectInputFilter filter(List<String> allowed) {
        return ObjectInputFilter.Config.createFilter(pattern(allowed));
    }

    /** The filter as one pattern string, as {@code -Djdk.serialFilter} would take it: limits, allowed, {@code !*}. */
    public static String pattern(List<String> allowed) {
        return LIMITS + ";" + String.join(";", allowed) + ";!*";
    }
    // end::filter[]

    /** Frame kinds: parent to worker. */
    static final byte INIT = 1, TASK = 2;
    /** Frame kinds: worker to parent. */
    static final byte VALUE = 3, FAILURE = 4;

    /** One message on a pipe. */
    record Frame(byte kind, long id, byte[] payload) {
    }

    private WorkerProtocol() {
    }

    /** The serialized form of {@code object}; {@link java.io.NotSerializableException} if it has none. */
    public static byte[] serialize(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** Reads one object from {@code bytes} through {@code filter}; {@link java.io.InvalidClassException} if it refuses. */
    public static Object deserialize(byte[] bytes, ObjectInputFilter filter) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        }
    }

    static void write(DataOutputStream out, Frame frame) throws IOException {
        out.writeByte(frame.kind());
        out.writeLong(frame.id());
        out.writeInt(frame.payload().length);
        out.write(frame.payload());
        out.flush();
    }

    /** The next frame, or {@code null} at the end of the stream (the other side closed the pipe, or died). */
    static Frame read(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        long id = in.readLong();
        int length = in.readInt();
        if (kind < INIT || kind > FAILURE || length < 0 || length > MAX_FRAME) {
            throw new StreamCorruptedException("not a frame: kind " + kind + ", " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.readFully(payload); // an EOFException here: the writer died in the middle of a frame
        return new Frame((byte) kind, id, payload);
    }

    /** Like {@link #read} but the end of the stream is an {@link EOFException}. */
    static Frame readOrThrow(DataInputStream in, String who) throws IOException {
        Frame frame = read(in);
        if (frame == null) {
            throw new EOFException(who + " closed its end of the pipe");
        }
        return frame;
    }
}
