package io.github.cognitofake;

import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;
import software.amazon.awssdk.regions.Region;

/**
 * Everything a {@link CognitoIdentityFake} is built from, as one immutable value: region, account, id seed,
 * clock and signature checks. {@link CognitoIdentityFake.Builder#options()} makes it; the JUnit extension
 * takes it ({@code CognitoIdentityFakeExtension.builder().options(...)}) and recycles idle fakes only for
 * equal options, so two tests that ask for different settings never share a fake.
 *
 * <pre>{@code
 * FakeOptions options = CognitoIdentityFake.builder().region("eu-west-1").idSeed(7).options();
 * CognitoIdentityFake fake = CognitoIdentityFake.create(options);
 * }</pre>
 */
public final class FakeOptions {

    private static final FakeOptions DEFAULTS = CognitoIdentityFake.builder().options();

    private final Region region;
    private final String accountId;
    private final Long idSeed;
    private final Clock clock;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final boolean verifySignatures;
    private final int journalLimit;
    private final int issuedCredentialsLimit;

    FakeOptions(
            Region region,
            String accountId,
            Long idSeed,
            Clock clock,
            String accessKeyId,
            String secretAccessKey,
            boolean verifySignatures,
            int journalLimit,
            int issuedCredentialsLimit) {
        this.region = region;
        this.accountId = accountId;
        this.idSeed = idSeed;
        this.clock = clock;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.verifySignatures = verifySignatures;
        this.journalLimit = journalLimit;
        this.issuedCredentialsLimit = issuedCredentialsLimit;
    }

    /** {@return the options of {@link CognitoIdentityFake#create()}} */
    public static FakeOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder that starts from these options} */
    public CognitoIdentityFake.Builder toBuilder() {
        return CognitoIdentityFake.builder(this);
    }

    /** {@return the region; identity pool ids start with it} */
    public Region region() {
        return region;
    }

    /** {@return the 12-digit account id used in ARNs} */
    public String accountId() {
        return accountId;
    }

    /** {@return the seed of repeatable ids, or empty for random ids} */
    public OptionalLong idSeed() {
        return idSeed == null ? OptionalLong.empty() : OptionalLong.of(idSeed);
    }

    /** {@return the fake's clock: token expiry, identity dates, credential expiration, signature dates} */
    public Clock clock() {
        return clock;
    }

    /** {@return the access key id the fake's clients sign with} */
    public String accessKeyId() {
        return accessKeyId;
    }

    String secretAccessKey() {
        return secretAccessKey;
    }

    Long idSeedOrNull() {
        return idSeed;
    }

    /** {@return whether the fake recomputes SigV4 signatures, instead of only asking for a signature} */
    public boolean verifiesSignatures() {
        return verifySignatures;
    }

    /** {@return how many of the latest calls the journal keeps the details of; 0: counts only} */
    public int journalLimit() {
        return journalLimit;
    }

    /** {@return how many of the latest issued credentials the fake keeps for the test to ask about} */
    public int issuedCredentialsLimit() {
        return issuedCredentialsLimit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FakeOptions that
                && region.equals(that.region)
                && accountId.equals(that.accountId)
                && Objects.equals(idSeed, that.idSeed)
                && clock.equals(that.clock)
                && accessKeyId.equals(that.accessKeyId)
                && secretAccessKey.equals(that.secretAccessKey)
                && verifySignatures == that.verifySignatures
                && journalLimit == that.journalLimit
                && issuedCredentialsLimit == that.issuedCredentialsLimit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                region,
                accountId,
                idSeed,
                clock,
                accessKeyId,
                secretAccessKey,
                verifySignatures,
                journalLimit,
                issuedCredentialsLimit);
    }

    /** The options without the secret access key. */
    @Override
    public String toString() {
        return "FakeOptions[region=" + region.id() + ", accountId=" + accountId
                + (idSeed == null ? "" : ", idSeed=" + idSeed) + ", clock=" + clock + ", accessKeyId=" + accessKeyId
                + ", verifySignatures=" + verifySignatures + ", journalLimit=" + journalLimit
                + ", issuedCredentialsLimit=" + issuedCredentialsLimit + "]";
    }
}
