package io.github.cognitofake.internal.service.tags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/**
 * The messages of the tagging operations' own checks. The tag rules they share with CreateIdentityPool and
 * UpdateIdentityPool word theirs in the pools family. docs/fidelity.md gives each its evidence.
 */
final class TagTexts {

    private TagTexts() {}

    /**
     * A ResourceArn that is no ARN, names another service or resource type, or an identity pool id of the wrong
     * form. (ARNs of this service and resource type in another partition, region or account are answered like a
     * pool that does not exist.)
     */
    @Behaviour(id = "tags.invalid-arn", status = UNCONFIRMED)
    static String invalidIdentityPoolArn(String arn) {
        return "Invalid identity pool ARN '" + arn
                + "'; expected arn:<partition>:cognito-identity:<region>:<account id>:identitypool/<identity pool id>.";
    }
}
