package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;

/**
 * The real HTTP clients of the Java SDK that tests of the loopback server run through: Apache HttpClient
 * and the JDK's URL connection. (The SDK's asynchronous clients, Netty and CRT, are not test dependencies.)
 */
// The SDK deprecates its Apache 4 client in favour of Apache 5, but it is the one most users still run.
@SuppressWarnings("deprecation")
public enum HttpClientKind {
    APACHE {
        @Override
        public SdkHttpClient create() {
            return ApacheHttpClient.create();
        }
    },
    URL_CONNECTION {
        @Override
        public SdkHttpClient create() {
            return UrlConnectionHttpClient.create();
        }
    };

    /** A new HTTP client of this kind; the SDK client built on it closes it. */
    public abstract SdkHttpClient create();

    /**
     * A builder pointed at the endpoint with this HTTP client, the fake's default credentials, us-east-1 and
     * the SDK's default retries without their waiting, so retried faults cost no time.
     */
    public CognitoIdentityClientBuilder builder(URI endpoint) {
        return CognitoIdentityClient.builder()
                .httpClient(create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials(
                        CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID, CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY))
                .overrideConfiguration(o -> o.retryStrategy(
                        AwsRetryStrategy.forRetryMode(RetryMode.resolver().resolve()).toBuilder()
                                .backoffStrategy(BackoffStrategy.retryImmediately())
                                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                                .build()));
    }

    /** A client of this kind for the endpoint; see {@link #builder(URI)}. */
    public CognitoIdentityClient client(URI endpoint) {
        return builder(endpoint).build();
    }

    public static AwsCredentialsProvider credentials(String accessKeyId, String secretAccessKey) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }
}
