/**
 * The fake over HTTP: {@link io.github.cognitofake.server.CognitoIdentityFakeServer} serves a
 * {@link io.github.cognitofake.CognitoIdentityFake} on a loopback port for the AWS CLI, boto3, the AWS
 * SDKs with real HTTP clients and tests in other languages, and {@link io.github.cognitofake.server.Main}
 * is the runnable jar's entry point.
 *
 * <pre>{@code
 * try (CognitoIdentityFake fake = CognitoIdentityFake.create();
 *         CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake)) {
 *     // point any client at server.endpoint()
 * }
 * }</pre>
 */
package io.github.cognitofake.server;
