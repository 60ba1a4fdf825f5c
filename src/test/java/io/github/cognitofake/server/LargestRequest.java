package io.github.cognitofake.server;

import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.model.Shape;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The largest request body the service model allows, computed from its constraints: every member present,
 * every list and map at its {@code max} entries, every string at its {@code max} length, written as compact
 * JSON (no white space between tokens, as every SDK writes it). It is an upper bound for each encoding of the
 * characters:
 *
 * <ul>
 *   <li>{@link #ASCII}: one byte per character;
 *   <li>{@link #COSTLIEST}: twelve bytes per character, a character outside the Basic Multilingual Plane
 *       escaped as a surrogate pair ({@code \ud83d\ude00}), as Python's {@code json.dumps} (boto3, the AWS
 *       CLI) writes every such character. Lengths count code points (Smithy), so no character costs more.
 * </ul>
 *
 * <p>A string with an enum counts its longest value; a string with a pattern counts its {@code max} length
 * all the same, so the figure may be a little above the largest request that really matches (map keys such
 * as {@code authenticated}, say). A list or map without a {@code max} makes its operation unbounded: the
 * model lets a request have any number of them, and only the server's size limit and the service's quotas
 * stop it.
 */
final class LargestRequest {

    static final int ASCII = 1;
    static final int COSTLIEST = 12;

    private static final long BOOLEAN = "false".length();
    private static final long NUMBER = "-9223372036854775808".length();
    private static final long TIMESTAMP = "-9223372036854775808.999".length();

    private LargestRequest() {}

    /** The bound of each operation's request, in model order; empty for an unbounded operation. */
    static Map<String, OptionalLong> perOperation(int bytesPerCharacter) {
        ServiceModel model = ServiceModel.cognitoIdentity();
        Map<String, OptionalLong> sizes = new TreeMap<>();
        for (String name : model.operationNames()) {
            OperationModel operation = model.operation(name).orElseThrow();
            sizes.put(name, operation.input() == null ? OptionalLong.of(2) : of(operation.input(), bytesPerCharacter));
        }
        return sizes;
    }

    /** The largest bound over the operations whose requests the model bounds. */
    static long largestBounded(int bytesPerCharacter) {
        return perOperation(bytesPerCharacter).values().stream()
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .max()
                .orElseThrow();
    }

    /** The largest compact JSON of a value of this shape; empty when the model sets no bound. */
    static OptionalLong of(Shape shape, int bytesPerCharacter) {
        return switch (shape.type()) {
            case STRUCTURE -> structure(shape, bytesPerCharacter);
            case LIST -> repeated(shape.max(), 0, of(shape.member(), bytesPerCharacter));
            case MAP ->
                repeated(
                        shape.max(),
                        1, // the colon between key and value
                        sum(of(shape.key(), bytesPerCharacter), of(shape.value(), bytesPerCharacter)));
            case STRING -> string(shape, bytesPerCharacter);
            case BOOLEAN -> OptionalLong.of(BOOLEAN);
            case INTEGER, LONG -> OptionalLong.of(NUMBER);
            case TIMESTAMP -> OptionalLong.of(TIMESTAMP);
        };
    }

    private static OptionalLong structure(Shape shape, int bytesPerCharacter) {
        long size = 2; // { }
        int members = 0;
        for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
            OptionalLong value = of(member.getValue(), bytesPerCharacter);
            if (value.isEmpty()) {
                return value;
            }
            size += member.getKey().length() + 3 + value.getAsLong(); // "Name": value
            members++;
        }
        return OptionalLong.of(size + Math.max(0, members - 1)); // commas
    }

    private static OptionalLong repeated(OptionalLong max, long extraPerEntry, OptionalLong entry) {
        if (max.isEmpty() || entry.isEmpty()) {
            return OptionalLong.empty();
        }
        long entries = max.getAsLong();
        return OptionalLong.of(2 + entries * (entry.getAsLong() + extraPerEntry) + Math.max(0, entries - 1));
    }

    private static OptionalLong string(Shape shape, int bytesPerCharacter) {
        if (!shape.enumValues().isEmpty()) {
            return OptionalLong.of(2
                    + shape.enumValues().stream()
                            .mapToLong(String::length)
                            .max()
                            .orElseThrow());
        }
        if (shape.max().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(2 + shape.max().getAsLong() * bytesPerCharacter);
    }

    private static OptionalLong sum(OptionalLong a, OptionalLong b) {
        return a.isPresent() && b.isPresent() ? OptionalLong.of(a.getAsLong() + b.getAsLong()) : OptionalLong.empty();
    }

    /** Prints the figures of docs/server.md. */
    public static void main(String[] args) {
        Map<String, OptionalLong> ascii = perOperation(ASCII);
        Map<String, OptionalLong> costliest = perOperation(COSTLIEST);
        ascii.forEach((operation, size) ->
                System.out.printf("%-38s %14s %14s%n", operation, text(size), text(costliest.get(operation))));
        System.out.printf(
                "largest bounded: %,d bytes (ASCII), %,d bytes (costliest)%n",
                largestBounded(ASCII), largestBounded(COSTLIEST));
    }

    private static String text(OptionalLong size) {
        return size.isPresent() ? String.format("%,d", size.getAsLong()) : "unbounded";
    }
}
