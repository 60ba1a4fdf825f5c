package io.github.cognitofake.internal.json;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cognitofake.internal.fidelity.Behaviour;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes an awsJson timestamp as the service does: a JSON number of epoch seconds, printed as Java prints the
 * double {@code epochMillis / 1000.0}, so in scientific notation with the milliseconds as digits and trailing
 * zeros dropped ({@code 1.421516513393E9}, {@code 1.659377625E9}, {@code 1.7E9}). Put it on an {@link Instant}
 * member with {@code @JsonSerialize(using = EpochSecondsSerializer.class)}.
 */
public final class EpochSecondsSerializer extends StdSerializer<Instant> {

    private static final long serialVersionUID = 1L;

    public EpochSecondsSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeNumber(text(value));
    }

    /** The wire text of a timestamp, to the millisecond. */
    @Behaviour(id = "protocol.timestamps-scientific-notation", status = REFUTED_AND_FIXED)
    public static String text(Instant value) {
        return Double.toString(value.toEpochMilli() / 1000.0);
    }
}
