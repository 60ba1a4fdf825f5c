// The AWS SDK for JavaScript v3 against a running cognito-identity-fake server (docs/server.md, "JavaScript").
//   (cd docs/examples/js && npm install && node example.mjs http://127.0.0.1:9230)
// Creates an identity pool, sets and reads its roles, then prints three errors as the SDK throws them.
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
  SetIdentityPoolRolesCommand,
} from "@aws-sdk/client-cognito-identity";

const endpoint = process.argv[2];
const client = new CognitoIdentityClient({
  endpoint,
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  },
});

const { IdentityPoolId } = await client.send(
  new CreateIdentityPoolCommand({ IdentityPoolName: "js_pool", AllowUnauthenticatedIdentities: true }),
);
console.log("created", IdentityPoolId);
await client.send(new SetIdentityPoolRolesCommand({
  IdentityPoolId,
  Roles: {
    authenticated: "arn:aws:iam::123456789012:role/Auth",
    unauthenticated: "arn:aws:iam::123456789012:role/Guest",
  },
}));
const roles = await client.send(new GetIdentityPoolRolesCommand({ IdentityPoolId }));
console.log("roles", roles.Roles);

async function show(call) {
  try {
    await call();
  } catch (error) {
    console.log(error.constructor.name, error.$metadata.httpStatusCode, error.name, JSON.stringify(error.message));
  }
}

await show(() => client.send(new DescribeIdentityPoolCommand({
  IdentityPoolId: "us-east-1:00000000-0000-0000-0000-000000000000",
})));
await show(() => client.send(new ListIdentityPoolsCommand({ MaxResults: 61 })));
const wrongSecret = new CognitoIdentityClient({
  endpoint,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "not-the-secret" },
});
await show(() => wrongSecret.send(new ListIdentityPoolsCommand({ MaxResults: 5 })));
await client.send(new DeleteIdentityPoolCommand({ IdentityPoolId }));
