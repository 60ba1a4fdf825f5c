package io.github.cognitofake.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Identity pools as JSON, in the shape the AWS CLI prints: the output of {@code describe-identity-pool}
 * merged with the output of {@code get-identity-pool-roles}, so real output can be pasted in. A fixture is
 * one such object or a JSON array of them:
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
     * A fixture from a classpath resource, read now, such as {@code "fixtures/pools.json"} (a leading
     * {@code /} is allowed and changes nothing).
     *
     * @param resource the resource name, from the root of the classpath
     * @return the fixture
     * @throws IllegalArgumentException if there is no such resource
     */
    public static Fixture fromResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        String absolute = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Fixture.class.getClassLoader();
        }
        return read(absolute, loader.getResourceAsStream(absolute), "on the classpath");
    }

    /**
     * A fixture from a classpath resource named as {@link Class#getResource} names it: relative to the
     * package of {@code anchor}, or absolute when it starts with {@code /}.
     *
     * @param anchor the class relative resource names start from
     * @param resource the resource name
     * @return the fixture
     * @throws IllegalArgumentException if there is no such resource
     */
    public static Fixture fromResource(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        String where = "relative to " + anchor.getName(); // before the stream is open: nothing may fail after
        return read(resource, anchor.getResourceAsStream(resource), where);
    }

    private static Fixture read(String name, InputStream in, String where) {
        if (in == null) {
            throw new IllegalArgumentException("No fixture resource '" + name + "' " + where
                    + "; put the file under src/test/resources, or give a path with Fixture.fromPath.");
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
