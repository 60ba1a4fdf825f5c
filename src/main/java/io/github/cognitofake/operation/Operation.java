package io.github.cognitofake.operation;

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
    /** {@code CreateIdentityPool}. */
    CREATE_IDENTITY_POOL("CreateIdentityPool"),
    /** {@code DeleteIdentities}. */
    DELETE_IDENTITIES("DeleteIdentities"),
    /** {@code DeleteIdentityPool}. */
    DELETE_IDENTITY_POOL("DeleteIdentityPool"),
    /** {@code DescribeIdentity}. */
    DESCRIBE_IDENTITY("DescribeIdentity"),
    /** {@code DescribeIdentityPool}. */
    DESCRIBE_IDENTITY_POOL("DescribeIdentityPool"),
    /** {@code GetCredentialsForIdentity}. */
    GET_CREDENTIALS_FOR_IDENTITY("GetCredentialsForIdentity"),
    /** {@code GetId}. */
    GET_ID("GetId"),
    /** {@code GetIdentityPoolRoles}. */
    GET_IDENTITY_POOL_ROLES("GetIdentityPoolRoles"),
    /** {@code GetOpenIdToken}. */
    GET_OPEN_ID_TOKEN("GetOpenIdToken"),
    /** {@code GetOpenIdTokenForDeveloperIdentity}. */
    GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY("GetOpenIdTokenForDeveloperIdentity"),
    /** {@code GetPrincipalTagAttributeMap}. */
    GET_PRINCIPAL_TAG_ATTRIBUTE_MAP("GetPrincipalTagAttributeMap"),
    /** {@code ListIdentities}. */
    LIST_IDENTITIES("ListIdentities"),
    /** {@code ListIdentityPools}. */
    LIST_IDENTITY_POOLS("ListIdentityPools"),
    /** {@code ListTagsForResource}. */
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource"),
    /** {@code LookupDeveloperIdentity}. */
    LOOKUP_DEVELOPER_IDENTITY("LookupDeveloperIdentity"),
    /** {@code MergeDeveloperIdentities}. */
    MERGE_DEVELOPER_IDENTITIES("MergeDeveloperIdentities"),
    /** {@code SetIdentityPoolRoles}. */
    SET_IDENTITY_POOL_ROLES("SetIdentityPoolRoles"),
    /** {@code SetPrincipalTagAttributeMap}. */
    SET_PRINCIPAL_TAG_ATTRIBUTE_MAP("SetPrincipalTagAttributeMap"),
    /** {@code TagResource}. */
    TAG_RESOURCE("TagResource"),
    /** {@code UnlinkDeveloperIdentity}. */
    UNLINK_DEVELOPER_IDENTITY("UnlinkDeveloperIdentity"),
    /** {@code UnlinkIdentity}. */
    UNLINK_IDENTITY("UnlinkIdentity"),
    /** {@code UntagResource}. */
    UNTAG_RESOURCE("UntagResource"),
    /** {@code UpdateIdentityPool}. */
    UPDATE_IDENTITY_POOL("UpdateIdentityPool");

    private static final Map<String, Operation> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operation::wireName, Function.identity()));

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the operation's name as sent in {@code X-Amz-Target: AWSCognitoIdentityService.<name>}} */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds an operation by its wire name.
     *
     * @param wireName a name such as {@code "GetIdentityPoolRoles"}
     * @return the operation with this wire name, if the API has one
     */
    public static Optional<Operation> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    /** {@return the wire name, such as {@code "GetIdentityPoolRoles"}} */
    @Override
    public String toString() {
        return wireName;
    }
}
