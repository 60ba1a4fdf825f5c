"""The same boto3 client and calls against cognito-identity-fake's loopback server and against moto's server.

    python3 docs/examples/compare_moto.py [rounds]

Starts both servers on 127.0.0.1 (the server jar from target/, built by `mvn -B package -DskipTests`, and
moto's `moto_server`), then, for each, warms up and times `rounds` rounds of the same calls in one process:
CreateIdentityPool, SetIdentityPoolRoles, GetIdentityPoolRoles, GetId, GetCredentialsForIdentity and
DescribeIdentityPool. The two servers are timed alternately, round by round, and the script prints the median
per call of each and their ratio last. It also reports which answers differ (moto does not implement
everything the fake does). Only loopback addresses are used; both servers are stopped at the end.
"""
import glob
import socket
import statistics
import subprocess
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AUTH = "arn:aws:iam::123456789012:role/Auth"
GUEST = "arn:aws:iam::123456789012:role/Guest"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


def client(port):
    return boto3.client("cognito-identity", endpoint_url=f"http://127.0.0.1:{port}", region_name="us-east-1",
                        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                        # No retries: an operation a server does not implement answers once, not with backoff.
                        config=Config(retries={"total_max_attempts": 1}))


def one_round(cognito, n):
    """The calls of one round; answers the seconds they took and the error codes met (None where none)."""
    outcomes = []
    started = time.perf_counter()
    pool = cognito.create_identity_pool(IdentityPoolName=f"p{n}", AllowUnauthenticatedIdentities=True)
    pool_id = pool["IdentityPoolId"]
    for call in (
            lambda: cognito.set_identity_pool_roles(IdentityPoolId=pool_id,
                                                   Roles={"authenticated": AUTH, "unauthenticated": GUEST}),
            lambda: cognito.get_identity_pool_roles(IdentityPoolId=pool_id),
            lambda: cognito.describe_identity_pool(IdentityPoolId=pool_id)):
        try:
            call()
            outcomes.append(None)
        except ClientError as error:
            outcomes.append(error.response["Error"]["Code"])
    try:
        identity = cognito.get_id(IdentityPoolId=pool_id, AccountId="123456789012")["IdentityId"]
        cognito.get_credentials_for_identity(IdentityId=identity)
        outcomes.append(None)
    except ClientError as error:
        outcomes.append(error.response["Error"]["Code"])
    return time.perf_counter() - started, outcomes


def main():
    jars = sorted(glob.glob("target/cognito-identity-fake-*-server.jar"))
    if not jars:
        raise SystemExit("build the server jar first: mvn -B package -DskipTests")
    fake_port, moto_port = free_port(), free_port()
    fake = subprocess.Popen(["java", "-jar", jars[-1], "--port", str(fake_port)], stdout=subprocess.DEVNULL)
    moto = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(moto_port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(fake_port)
        wait_for(moto_port)
        clients = {"cognito-identity-fake": client(fake_port), "moto": client(moto_port)}
        for cognito in clients.values():
            for n in range(20):
                one_round(cognito, -n - 1)
        times = {name: [] for name in clients}
        errors = {name: set() for name in clients}
        for n in range(ROUNDS):
            for name, cognito in clients.items():
                seconds, outcomes = one_round(cognito, n)
                times[name].append(seconds / 6)
                errors[name].update(code for code in outcomes if code)
        for name in clients:
            print(f"{name}: median {statistics.median(times[name]) * 1e3:.2f} ms per call over {ROUNDS} rounds"
                  f" of 6 calls; errors met: {sorted(errors[name]) or 'none'}")
        ratio = statistics.median(times["cognito-identity-fake"]) / statistics.median(times["moto"])
        print(f"ratio cognito-identity-fake / moto: {ratio:.2f}")
    finally:
        for process in (fake, moto):
            process.terminate()
            process.wait(timeout=20)


main()
