package io.github.cognitofake.internal.service.tags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the identity pool id out of the ResourceArn of the tagging operations. */
final class IdentityPoolArns {

    // arn:partition:service:region:account:resource; the resource may hold colons (pool ids do).
    private static final Pattern ARN = Pattern.compile("arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)", Pattern.DOTALL);
    private static final String SERVICE = "cognito-identity";
    private static final String RESOURCE_TYPE = "identitypool/";
    // The model's IdentityPoolId shape: pattern and length.
    private static final Pattern POOL_ID = Pattern.compile("[\\w-]+:[0-9a-f-]+");
    private static final int POOL_ID_MAX_LENGTH = 55;

    private final AccountRegion home;

    IdentityPoolArns(AccountRegion home) {
        this.home = home;
    }

    /**
     * The id of the pool an ARN names.
     *
     * @throws ServiceError InvalidParameterException when the ARN cannot name an identity pool at all, and
     *         ResourceNotFoundException when it names one of another partition, region or account, which
     *         this fake (one account in one region) cannot hold
     */
    @Behaviour(id = "tags.foreign-arn-not-found", status = UNCONFIRMED)
    String poolIdOf(String arn) {
        Matcher parts = ARN.matcher(arn);
        if (!parts.matches()
                || !SERVICE.equals(parts.group(2))
                || !parts.group(5).startsWith(RESOURCE_TYPE)) {
            throw invalid(arn);
        }
        String poolId = parts.group(5).substring(RESOURCE_TYPE.length());
        if (poolId.length() > POOL_ID_MAX_LENGTH || !POOL_ID.matcher(poolId).matches()) {
            throw invalid(arn);
        }
        if (!home.partition().equals(parts.group(1))
                || !home.region().equals(parts.group(3))
                || !home.accountId().equals(parts.group(4))) {
            throw IdentityPoolService.notFound(poolId);
        }
        return poolId;
    }

    private static ServiceError invalid(String arn) {
        return ServiceError.invalidParameter(TagTexts.invalidIdentityPoolArn(arn));
    }
}
