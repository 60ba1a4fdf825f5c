// The AWS SDK for JavaScript v3 against a running cognito-identity-fake server (docs/server.md, "JavaScript").
//   (cd docs/examples/js && npm ci && node example.mjs http://127.0.0.1:9230)
// Reads the roles of the pool of docs/examples/seed.json, creates a pool, sets and reads its roles, then
// prints errors as the SDK throws them. The wrong-secret call fails only when the server runs with
// --verify-signatures.
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
const client = (secretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") => new CognitoIdentityClient({
  endpoint,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey },
});

async function show(call) {
  try {
    await call();
    console.log("no error");
  } catch (error) {
    console.log(error.constructor.name, error.$metadata.httpStatusCode, error.name, JSON.stringify(error.message));
  }
}

const cognito = client();
const seeded = await cognito.send(new GetIdentityPoolRolesCommand({
  IdentityPoolId: "us-east-1:6f2a8b1c-3d4e-4f50-8a9b-0c1d2e3f4a5b",
}));
console.log("seeded", seeded.Roles);
const { IdentityPoolId } = await cognito.send(
  new CreateIdentityPoolCommand({ IdentityPoolName: "js_pool", AllowUnauthenticatedIdentities: true }),
);
console.log("created", IdentityPoolId);
await cognito.send(new SetIdentityPoolRolesCommand({
  IdentityPoolId,
  Roles: {
    authenticated: "arn:aws:iam::123456789012:role/Auth",
    unauthenticated: "arn:aws:iam::123456789012:role/Guest",
  },
}));
console.log("roles", (await cognito.send(new GetIdentityPoolRolesCommand({ IdentityPoolId }))).Roles);

await show(() => cognito.send(new DescribeIdentityPoolCommand({
  IdentityPoolId: "us-east-1:00000000-0000-0000-0000-000000000000",
})));
await show(() => cognito.send(new ListIdentityPoolsCommand({ MaxResults: 61 })));
await show(() => cognito.send(new SetIdentityPoolRolesCommand({
  IdentityPoolId,
  Roles: { authenticated: "arn:aws:iam::123456789012:user/NotARole" },
})));
await show(() => client("not-the-secret").send(new ListIdentityPoolsCommand({ MaxResults: 5 })));
await cognito.send(new DeleteIdentityPoolCommand({ IdentityPoolId }));
