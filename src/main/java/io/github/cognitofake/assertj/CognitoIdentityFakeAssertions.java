package io.github.cognitofake.assertj;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.journal.RecordedCall;

/**
 * Entry points of the fake's AssertJ assertions.
 *
 * <pre>{@code
 * fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);
 * ...
 * CognitoIdentityFakeAssertions.assertThat(fake).received(GET_IDENTITY_POOL_ROLES).attempts(3).calls(1);
 * }</pre>
 *
 * <p>Attempt counts are HTTP attempts, as the service sees them (faults count HTTP attempts too).
 */
public final class CognitoIdentityFakeAssertions {

    private CognitoIdentityFakeAssertions() {}

    /**
     * Assertions on the calls this fake received.
     *
     * @param fake the fake to check
     * @return assertions on the calls the fake received
     */
    public static CognitoIdentityFakeAssert assertThat(CognitoIdentityFake fake) {
        return new CognitoIdentityFakeAssert(fake);
    }

    /**
     * Assertions on one set of issued credentials, such as an element of {@code fake.issuedCredentials()}.
     *
     * @param credentials credentials the fake issued
     * @return assertions on them
     */
    public static IssuedCredentialAssert assertThat(IssuedCredentials credentials) {
        return new IssuedCredentialAssert(credentials);
    }

    /**
     * Assertions on one recorded call.
     *
     * @param call a call from a fake's journal
     * @return assertions on that call
     */
    public static RecordedCallAssert assertThat(RecordedCall call) {
        return new RecordedCallAssert(call);
    }
}
