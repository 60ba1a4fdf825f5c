package io.github.cognitofake;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 23 operations of the Cognito Identity API (2014-06-30), as named on the wire.
 *
 * <p>Used to aim faults and assertions at an operation, for example
 * {@code fake.faults().on(Operation.GET_IDENTITY_POOL_ROLES)}.
 */
public enum Operation {
    CREATE_IDENTITY_POOL("CreateIdentityPool"),
    DELETE_IDENTITIES("DeleteIdentities"),
    DELETE_IDENTITY_POOL("DeleteIdentityPool"),
    DESCRIBE_IDENTITY("DescribeIdentity"),
    DESCRIBE_IDENTITY_POOL("DescribeIdentityPool"),
    GET_CREDENTIALS_FOR_IDENTITY("GetCredentialsForIdentity"),
    GET_ID("GetId"),
    GET_IDENTITY_POOL_ROLES("GetIdentityPoolRoles"),
    GET_OPEN_ID_TOKEN("GetOpenIdToken"),
    GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY("GetOpenIdTokenForDeveloperIdentity"),
    GET_PRINCIPAL_TAG_ATTRIBUTE_MAP("GetPrincipalTagAttributeMap"),
    LIST_IDENTITIES("ListIdentities"),
    LIST_IDENTITY_POOLS("ListIdentityPools"),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource"),
    LOOKUP_DEVELOPER_IDENTITY("LookupDeveloperIdentity"),
    MERGE_DEVELOPER_IDENTITIES("MergeDeveloperIdentities"),
    SET_IDENTITY_POOL_ROLES("SetIdentityPoolRoles"),
    SET_PRINCIPAL_TAG_ATTRIBUTE_MAP("SetPrincipalTagAttributeMap"),
    TAG_RESOURCE("TagResource"),
    UNLINK_DEVELOPER_IDENTITY("UnlinkDeveloperIdentity"),
    UNLINK_IDENTITY("UnlinkIdentity"),
    UNTAG_RESOURCE("UntagResource"),
    UPDATE_IDENTITY_POOL("UpdateIdentityPool");

    private static final Map<String, Operation> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operation::wireName, Function.identity()));

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    /** The operation's name as sent in {@code X-Amz-Target: AWSCognitoIdentityService.<name>}. */
    public String wireName() {
        return wireName;
    }

    /** The operation with this wire name, if the API has one. */
    public static Optional<Operation> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
