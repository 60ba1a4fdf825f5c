"""boto3 against a running cognito-identity-fake server (docs/server.md, "boto3").

    python3 docs/examples/boto3_example.py http://127.0.0.1:9230

Reads the roles of the pool of docs/examples/seed.json, creates a pool, sets and reads its roles, then
prints errors as boto3 raises them. The wrong-secret call fails only when the server runs with
--verify-signatures.
"""
import sys

import boto3
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
endpoint = sys.argv[1]


def client(secret=SECRET_KEY, config=None):
    return boto3.client("cognito-identity", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=secret, config=config)


def show(call):
    try:
        call()
        print("no error")
    except ClientError as error:
        print(type(error).__name__, error.response["ResponseMetadata"]["HTTPStatusCode"],
              error.response["Error"]["Code"], repr(error.response["Error"]["Message"]))


cognito = client()
print("seeded", cognito.get_identity_pool_roles(
    IdentityPoolId="us-east-1:6f2a8b1c-3d4e-4f50-8a9b-0c1d2e3f4a5b")["Roles"])
pool_id = cognito.create_identity_pool(
    IdentityPoolName="boto3_pool", AllowUnauthenticatedIdentities=False)["IdentityPoolId"]
print("created", pool_id)
cognito.set_identity_pool_roles(IdentityPoolId=pool_id, Roles={"authenticated": "arn:aws:iam::123456789012:role/Auth"})
print("roles", cognito.get_identity_pool_roles(IdentityPoolId=pool_id)["Roles"])

show(lambda: cognito.describe_identity_pool(IdentityPoolId="us-east-1:00000000-0000-0000-0000-000000000000"))
show(lambda: cognito.list_identity_pools(MaxResults=61))
show(lambda: cognito.set_identity_pool_roles(
    IdentityPoolId=pool_id, Roles={"authenticated": "arn:aws:iam::123456789012:user/NotARole"}))
show(lambda: client(config=Config(signature_version=UNSIGNED)).list_identity_pools(MaxResults=5))
show(lambda: client(secret="not-the-secret").list_identity_pools(MaxResults=5))
cognito.delete_identity_pool(IdentityPoolId=pool_id)
