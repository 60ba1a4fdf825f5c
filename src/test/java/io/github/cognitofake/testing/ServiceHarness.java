package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.fault.FaultPlan;
import io.github.cognitofake.internal.journal.Journal;
import io.github.cognitofake.internal.journal.Strictness;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.transport.InProcessAsyncHttpClient;
import io.github.cognitofake.internal.transport.InProcessHttpClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The service of a fake with its internals in reach, behind real SDK clients: for tests that must both call
 * internal APIs (such as {@code IdentityService.resolve}) and see the effect through the SDK.
 */
public final class ServiceHarness implements AutoCloseable {

    private static final AwsCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    private final CognitoIdentityService service;
    private final CognitoIdentityClient client;
    private final CognitoIdentityAsyncClient asyncClient;

    public ServiceHarness(TestClock clock) {
        service = new CognitoIdentityService(AccountRegion.inRegion("us-east-1"), IdSource.random(), clock);
        AwsJsonProtocol protocol = new AwsJsonProtocol(ServiceModel.cognitoIdentity(), service);
        AttemptPipeline attempts =
                new AttemptPipeline(new FaultPlan(), new Journal(), new Strictness(), protocol::handle);
        client = CognitoIdentityClient.builder()
                .httpClient(new InProcessHttpClient(attempts))
                .region(Region.US_EAST_1)
                .endpointOverride(CognitoIdentityFake.ENDPOINT)
                .credentialsProvider(CREDENTIALS)
                .build();
        asyncClient = CognitoIdentityAsyncClient.builder()
                .httpClient(new InProcessAsyncHttpClient(attempts))
                .region(Region.US_EAST_1)
                .endpointOverride(CognitoIdentityFake.ENDPOINT)
                .credentialsProvider(CREDENTIALS)
                .build();
    }

    public CognitoIdentityService service() {
        return service;
    }

    /** A synchronous client, or a synchronous view of the asynchronous one. */
    public CognitoIdentityClient client(ClientKind kind) {
        return kind == ClientKind.SYNC ? client : ClientKind.awaiting(asyncClient);
    }

    @Override
    public void close() {
        client.close();
        asyncClient.close();
    }
}
