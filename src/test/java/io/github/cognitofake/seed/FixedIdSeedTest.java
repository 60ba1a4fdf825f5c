package io.github.cognitofake.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;

/** A fixed id belongs to the seed that asked for it, never to a later creation on the same thread. */
@CognitoIdentityFakeTest
class FixedIdSeedTest {

    private static final String FIXED_ID = "us-east-1:11111111-2222-4333-8444-555555555555";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void anApiCreationAfterAFixedIdSeedGetsAGeneratedId(ClientKind kind) {
        fake.seed(s -> s.identityPool("seeded", p -> p.id(FIXED_ID)));

        String created = kind.client(fake)
                .createIdentityPool(b -> b.identityPoolName("api").allowUnauthenticatedIdentities(false))
                .identityPoolId();

        assertThat(created).startsWith("us-east-1:").isNotEqualTo(FIXED_ID);
        assertThat(kind.client(fake)
                        .describeIdentityPool(b -> b.identityPoolId(FIXED_ID))
                        .identityPoolName())
                .isEqualTo("seeded");
    }
}
