package io.github.cognitofake.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Identity pools as JSON, in the shape the AWS CLI prints {@code describe-identity-pool} and
 * {@code get-identity-pool-roles}, so real output can be pasted in. A fixture is one object or a JSON array of
 * them; objects with the same {@code IdentityPoolId} are merged, so the two outputs of a pool may be pasted one
 * after the other, or one object may hold the members of both:
 *
 * <pre>{@code
 * [ {
 *   "IdentityPoolId" : "us-east-1:0f4e7d3c-5b6a-4c1d-9e8f-7a6b5c4d3e2f",
 *   "IdentityPoolName" : "app",
 *   "AllowUnauthenticatedIdentities" : false,
 *   "Roles" : { "authenticated" : "arn:aws:iam::123456789012:role/Auth" }
 * } ]
 * }</pre>
 *
 * <p>A pool may also hold {@code PrincipalTagAttributeMaps}: an array of what
 * {@code get-principal-tag-attribute-map} prints, one object per identity provider.
 *
 * <p>{@code IdentityPoolId} is optional: without it the pool gets a generated id. Load a fixture with
 * {@code fake.load(fixture)}; {@code fake.snapshot()} makes one of the fake's current state. The JSON is
 * read when it is loaded, and a bad fixture then fails with a {@link SeedException} naming its source, the
 * line and column, and what is wrong.
 */
public final class Fixture {

    private final String source;
    private final String json;

    private Fixture(String source, String json) {
        this.source = source;
        this.json = json;
    }

    /**
     * A fixture from JSON text.
     *
     * @param source what error messages call it, such as a file name
     * @param json one pool object, or an array of them
     * @return the fixture; the JSON is read when it is loaded
     */
    public static Fixture fromJson(String source, String json) {
        return new Fixture(Objects.requireNonNull(source, "source"), Objects.requireNonNull(json, "json"));
    }

    /**
     * A fixture from a file, read now.
     *
     * @param path a JSON file, read as UTF-8
     * @return the fixture
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Fixture fromPath(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return new Fixture(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fixture " + path, e);
        }
    }

    /**
     * A fixture from a classpath resource, read now, named as {@code @CognitoIdentityFakeTest(fixtures = ...)}
     * names it: with a leading {@code /} from the root of the classpath ({@code "/fixtures/pools.json"} is
     * {@code src/test/resources/fixtures/pools.json}), otherwise relative to the package of the class that
     * calls this method. The same as {@link #fromResource(Class, String) fromResource(getClass(), resource)}
     * from that class.
     *
     * @param resource the resource name: {@code /} and a path from the classpath root, or a path relative to the
     *     caller's package
     * @return the fixture
     * @throws IllegalArgumentException if there is no such resource; the message says where it was looked for
     */
    public static Fixture fromResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass();
        return fromResource(caller, resource);
    }

    /**
     * A fixture from a classpath resource named as {@link Class#getResource} names it: with a leading {@code /}
     * from the root of the classpath, otherwise relative to the package of {@code anchor}.
     *
     * @param anchor the class relative resource names start from, usually the test class
     * @param resource the resource name
     * @return the fixture
     * @throws IllegalArgumentException if there is no such resource; the message says where it was looked for
     */
    public static Fixture fromResource(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        String missing = missing(anchor, resource); // before the stream is open: nothing may fail after
        return read(resource, anchor.getResourceAsStream(resource), missing);
    }

    /** What to say when {@code resource} is not there: where it was looked for, and how to name it otherwise. */
    private static String missing(Class<?> anchor, String resource) {
        if (resource.startsWith("/")) {
            return "No fixture resource '" + resource + "': looked for " + resource.substring(1)
                    + " from the root of the classpath (a leading '/' names it from there); put the file under"
                    + " src/test/resources, or give a path with Fixture.fromPath.";
        }
        String packagePath = anchor.getPackageName().replace('.', '/');
        String lookedFor = packagePath.isEmpty() ? resource : packagePath + "/" + resource;
        String message = "No fixture resource '" + resource + "' relative to " + anchor.getName() + ": looked for "
                + lookedFor + " on the classpath. A name without a leading '/' is relative to the package of "
                + anchor.getSimpleName() + "; start it with '/' to name it from the root of the classpath"
                + " (src/test/resources), such as '/" + resource + "'.";
        if (anchor.getResource("/" + resource) != null) {
            message += " There is a resource '/" + resource + "' at the root of the classpath.";
        }
        return message;
    }

    private static Fixture read(String name, InputStream in, String missing) {
        if (in == null) {
            throw new IllegalArgumentException(missing);
        }
        try (in) {
            return new Fixture(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fixture resource " + name, e);
        }
    }

    /** {@return where the fixture came from: a resource name, a file path, or what {@link #fromJson} was given} */
    public String source() {
        return source;
    }

    /** {@return the fixture's JSON text} */
    public String json() {
        return json;
    }

    /**
     * Writes the JSON to a file, replacing it, so a snapshot can be kept as a fixture.
     *
     * @param path the file to write, as UTF-8
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public void writeTo(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            Files.writeString(path, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the fixture " + path, e);
        }
    }

    /** {@return {@code Fixture[<source>]}} */
    @Override
    public String toString() {
        return "Fixture[" + source + "]";
    }
}
