package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.List;

/** IdentityPools is always printed (an empty list on an empty page); NextToken only when more pools follow. */
@Behaviour(id = "pools.list-output-always-has-pools", status = UNCONFIRMED)
public record ListIdentityPoolsOutput(
        @JsonProperty("IdentityPools") List<PoolSummary> identityPools,

        @JsonProperty("NextToken") @JsonInclude(JsonInclude.Include.NON_NULL)
        String nextToken) {

    public record PoolSummary(
            @JsonProperty("IdentityPoolId") String identityPoolId,
            @JsonProperty("IdentityPoolName") String identityPoolName) {}
}
