/**
 * The entry point: {@link io.github.cognitofake.CognitoIdentityFake}, an in-process, stateful fake of Amazon
 * Cognito Identity that real AWS SDK for Java v2 clients talk to, and {@link io.github.cognitofake.operation.Operation},
 * the API's operations by name.
 *
 * <pre>{@code
 * try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
 *     CognitoIdentityClient cognito = fake.client();
 *     String poolId = cognito.createIdentityPool(b -> b.identityPoolName("app")
 *             .allowUnauthenticatedIdentities(false)).identityPoolId();
 * }
 * }</pre>
 *
 * <p><b>The API</b> is this package and {@code .junit}, {@code .seed}, {@code .fault}, {@code .journal},
 * {@code .assertj}, {@code .tokens}, {@code .credentials} and {@code .server}; it follows semantic versioning
 * from 1.0. Everything under
 * {@code io.github.cognitofake.internal} is not API: it may change in any release, and the API never exposes
 * its types.
 */
package io.github.cognitofake;
