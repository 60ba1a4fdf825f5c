"""boto3 against a running cognito-identity-fake server (docs/server.md, "boto3").

    python3 docs/examples/boto3_example.py http://127.0.0.1:9230

Creates an identity pool, sets and reads its roles, then prints three errors as boto3 raises them.
"""
import sys

import boto3
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
session = boto3.session.Session(
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    region_name="us-east-1",
)
client = session.client("cognito-identity", endpoint_url=endpoint)

pool_id = client.create_identity_pool(
    IdentityPoolName="boto3_pool", AllowUnauthenticatedIdentities=False)["IdentityPoolId"]
print("created", pool_id)
client.set_identity_pool_roles(
    IdentityPoolId=pool_id,
    Roles={"authenticated": "arn:aws:iam::123456789012:role/Auth"},
    RoleMappings={},
)
roles = client.get_identity_pool_roles(IdentityPoolId=pool_id)
print("roles", roles["Roles"])


def show(call):
    try:
        call()
    except ClientError as error:
        print(type(error).__name__, error.response["ResponseMetadata"]["HTTPStatusCode"],
              error.response["Error"]["Code"], repr(error.response["Error"]["Message"]))


show(lambda: client.describe_identity_pool(IdentityPoolId="us-east-1:00000000-0000-0000-0000-000000000000"))
show(lambda: client.set_identity_pool_roles(
    IdentityPoolId=pool_id, Roles={"authenticated": "Auth"}))
unsigned = session.client("cognito-identity", endpoint_url=endpoint, config=Config(signature_version=UNSIGNED))
show(lambda: unsigned.list_identity_pools(MaxResults=5))
client.delete_identity_pool(IdentityPoolId=pool_id)
