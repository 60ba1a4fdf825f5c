#!/usr/bin/env bash
# The AWS CLI v2 against a running cognito-identity-fake server (docs/server.md, "The AWS CLI").
#   docs/examples/cli.sh http://127.0.0.1:9230
# Reads the roles of the pool of docs/examples/seed.json, creates a pool, sets and reads its roles, then
# shows errors as the CLI reports them. Prints each command before its output. The wrong-secret call fails
# only when the server runs with --verify-signatures.
set -u
endpoint=${1:?usage: cli.sh <endpoint, e.g. http://127.0.0.1:9230>}
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null

run() {
    echo "\$ aws cognito-identity $* --endpoint-url \$ENDPOINT"
    aws cognito-identity "$@" --endpoint-url "$endpoint" 2>&1
    local status=$?
    [ "$status" -eq 0 ] || echo "(exit status $status)"
    return 0
}

run get-identity-pool-roles --identity-pool-id us-east-1:6f2a8b1c-3d4e-4f50-8a9b-0c1d2e3f4a5b --query Roles
echo "\$ pool=\$(aws cognito-identity create-identity-pool --identity-pool-name cli_pool" \
    "--allow-unauthenticated-identities --query IdentityPoolId --output text --endpoint-url \$ENDPOINT)"
pool=$(aws cognito-identity create-identity-pool --identity-pool-name cli_pool --allow-unauthenticated-identities \
    --query IdentityPoolId --output text --endpoint-url "$endpoint")
echo "$pool"
run set-identity-pool-roles --identity-pool-id "$pool" \
    --roles authenticated=arn:aws:iam::123456789012:role/Auth,unauthenticated=arn:aws:iam::123456789012:role/Guest
run get-identity-pool-roles --identity-pool-id "$pool"
run describe-identity-pool --identity-pool-id us-east-1:00000000-0000-0000-0000-000000000000
run list-identity-pools --max-results 61
run set-identity-pool-roles --identity-pool-id "$pool" --roles authenticated=arn:aws:iam::123456789012:user/NotARole
run list-identity-pools --max-results 5 --no-sign-request
echo "\$ AWS_SECRET_ACCESS_KEY=not-the-secret aws cognito-identity list-identity-pools --max-results 5 --endpoint-url \$ENDPOINT"
AWS_SECRET_ACCESS_KEY=not-the-secret aws cognito-identity list-identity-pools --max-results 5 \
    --endpoint-url "$endpoint" 2>&1 || echo "(exit status $?)"
run delete-identity-pool --identity-pool-id "$pool"
