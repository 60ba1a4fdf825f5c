package io.github.cognitofake.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The core of the fake (create, call, close) works on a class path without AssertJ: the facade implements
 * no AssertJ type, so only the {@code assertj} package needs AssertJ.
 */
class CoreWithoutAssertJTest {

    @Test
    void aFakeIsCreatedAndAnswersWithoutAssertJOnTheClassPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("assertj")) {
                urls.add(toUrl(entry));
            }
        }
        try (URLClassLoader withoutAssertJ =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(withoutAssertJ.getResource("org/assertj/core/api/Assertions.class"))
                    .isNull();
            @SuppressWarnings("unchecked")
            Supplier<String> run = (Supplier<String>) withoutAssertJ
                    .loadClass(UseTheCore.class.getName())
                    .getDeclaredConstructor()
                    .newInstance();
            assertThat(run.get()).startsWith("us-east-1:");
        }
    }

    private static URL toUrl(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loaded by the class loader without AssertJ: uses the fake as a project without AssertJ would. */
    public static final class UseTheCore implements Supplier<String> {
        @Override
        public String get() {
            try (io.github.cognitofake.CognitoIdentityFake fake = io.github.cognitofake.CognitoIdentityFake.create()) {
                return fake.client()
                        .createIdentityPool(b -> b.identityPoolName("app").allowUnauthenticatedIdentities(true))
                        .identityPoolId();
            }
        }
    }
}
