package io.github.cognitofake.internal.service.common;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.Objects;

/**
 * Where one fake's resources live: one account in one region, as in the real service, where identity pools
 * belong to an account and a regional endpoint.
 *
 * @param partition the ARN partition of the region, such as {@code aws} or {@code aws-cn}
 * @param accountId the 12-digit account id
 * @param region    the region id, such as {@code us-east-1}
 */
public record AccountRegion(String partition, String accountId, String region) {

    /** The account a fake has unless told otherwise. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    public AccountRegion {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
    }

    /** The default account in a region of the {@code aws} partition. */
    public static AccountRegion inRegion(String region) {
        return new AccountRegion("aws", DEFAULT_ACCOUNT_ID, region);
    }

    /** The ARN of one of this account's identity pools, as IAM policies and the tagging operations name it. */
    @Behaviour(id = "tags.identity-pool-arn", status = CONFIRMED)
    public String identityPoolArn(String identityPoolId) {
        return "arn:" + partition + ":cognito-identity:" + region + ":" + accountId + ":identitypool/" + identityPoolId;
    }
}
