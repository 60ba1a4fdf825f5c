#!/usr/bin/env bash
# The AWS CLI v2 against a running cognito-identity-fake server (docs/server.md, "The AWS CLI").
#   docs/examples/cli.sh http://127.0.0.1:9230
# Creates an identity pool, sets and reads its roles, then shows three errors as the CLI reports them.
set -u
endpoint=${1:?usage: cli.sh <endpoint, e.g. http://127.0.0.1:9230>}
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
ci() { aws cognito-identity --endpoint-url "$endpoint" "$@"; }

set -x
pool=$(ci create-identity-pool --identity-pool-name cli_pool --allow-unauthenticated-identities \
    --query IdentityPoolId --output text)
ci set-identity-pool-roles --identity-pool-id "$pool" \
    --roles authenticated=arn:aws:iam::123456789012:role/Auth,unauthenticated=arn:aws:iam::123456789012:role/Guest
ci get-identity-pool-roles --identity-pool-id "$pool"
ci describe-identity-pool --identity-pool-id us-east-1:00000000-0000-0000-0000-000000000000
ci list-identity-pools --max-results 61
ci list-identity-pools --max-results 5 --no-sign-request
ci delete-identity-pool --identity-pool-id "$pool"
