package io.github.cognitofake.server;

import io.github.cognitofake.CognitoIdentityFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The command line of the runnable server jar, parsed and checked. */
record ServerOptions(
        String host,
        int port,
        String region,
        String accountId,
        List<Path> seeds,
        Long idSeed,
        boolean verifySignatures,
        String accessKeyId,
        String secretAccessKey,
        int maxRequestBytes,
        int maxConnections,
        boolean help) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    static final String USAGE = String.join(
            "\n",
            "Usage: java -jar cognito-identity-fake-<version>-server.jar [options]",
            "",
            "Serves a fake Amazon Cognito Identity over HTTP, for the AWS CLI (--endpoint-url), boto3,",
            "the AWS SDKs and tests in any language. Prints one line when ready:",
            "  cognito-identity-fake listening on http://127.0.0.1:<port>",
            "and runs until stopped (Ctrl-C or SIGTERM).",
            "",
            "Options:",
            "  --port <n>             port to listen on, 0 for any free one (default 0)",
            "  --host <address>       address to listen on (default 127.0.0.1); 0.0.0.0 exposes the fake",
            "                         to other machines",
            "  --region <region>      the fake's region; identity pool ids start with it (default us-east-1)",
            "  --account-id <12 digits>  the fake's account id (default " + CognitoIdentityFake.DEFAULT_ACCOUNT_ID
                    + ")",
            "  --seed <fixture.json>  creates the identity pools of a fixture file at start (JSON in the shape",
            "                         of `aws cognito-identity describe-identity-pool` merged with",
            "                         `get-identity-pool-roles`); may be given more than once",
            "  --id-seed <number>     makes generated pool ids the same in every run",
            "  --verify-signatures    verifies each request's AWS Signature Version 4 against one key pair",
            "                         and refuses bad ones with AWS's errors (default: any signature passes)",
            "  --access-key <id>      the access key id accepted with --verify-signatures",
            "                         (default " + CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID + ")",
            "  --secret-key <secret>  the secret access key accepted with --verify-signatures",
            "                         (default " + CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY + ")",
            "  --max-request-bytes <n>  largest request body served; larger ones get HTTP 413",
            "                         (default " + CognitoIdentityFakeServer.DEFAULT_MAX_REQUEST_BYTES + ")",
            "  --max-connections <n>  connections open at once; one more gets HTTP 503",
            "                         (default " + CognitoIdentityFakeServer.DEFAULT_MAX_CONNECTIONS + ")",
            "  --help                 prints this help",
            "",
            "Options take their value as the next argument or after '=' (--port=4566).",
            "Exit status: 0 when stopped, 2 for bad options or a bad seed file, 1 when it cannot listen.",
            "");

    static ServerOptions parse(String... args) throws UsageException {
        String host = "127.0.0.1";
        int port = 0;
        String region = "us-east-1";
        String accountId = CognitoIdentityFake.DEFAULT_ACCOUNT_ID;
        List<Path> seeds = new ArrayList<>();
        Long idSeed = null;
        boolean verify = false;
        String accessKey = null;
        String secretKey = null;
        int maxRequestBytes = CognitoIdentityFakeServer.DEFAULT_MAX_REQUEST_BYTES;
        int maxConnections = CognitoIdentityFakeServer.DEFAULT_MAX_CONNECTIONS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inline = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return new ServerOptions(
                            host,
                            port,
                            region,
                            accountId,
                            List.of(),
                            null,
                            false,
                            null,
                            null,
                            maxRequestBytes,
                            maxConnections,
                            true);
                }
                case "--verify-signatures" -> {
                    if (inline != null) {
                        throw new UsageException("--verify-signatures takes no value; got '" + arg + "'.");
                    }
                    verify = true;
                }
                case "--port" -> port = port(value(args, i, name, inline));
                case "--host" -> host = host(value(args, i, name, inline));
                case "--region" -> region = region(value(args, i, name, inline));
                case "--account-id" -> accountId = accountId(value(args, i, name, inline));
                case "--seed" -> seeds.add(seed(value(args, i, name, inline)));
                case "--id-seed" -> idSeed = idSeed(value(args, i, name, inline));
                case "--access-key" -> accessKey = nonEmpty(name, value(args, i, name, inline));
                case "--secret-key" -> secretKey = nonEmpty(name, value(args, i, name, inline));
                case "--max-request-bytes" -> maxRequestBytes = maxRequestBytes(value(args, i, name, inline));
                case "--max-connections" -> maxConnections = maxConnections(value(args, i, name, inline));
                default ->
                    throw new UsageException(
                            arg.startsWith("-")
                                    ? "Unknown option '" + name + "'."
                                    : "Unexpected argument '" + arg + "'; options start with --.");
            }
            if (inline == null && !name.equals("--verify-signatures")) {
                i++; // the value was the next argument
            }
        }
        if (!verify && (accessKey != null || secretKey != null)) {
            throw new UsageException("--access-key and --secret-key only apply with --verify-signatures.");
        }
        if (accessKey != null && accessKey.contains("/")) {
            throw new UsageException("--access-key must not contain '/'; got '" + accessKey + "'.");
        }
        return new ServerOptions(
                host,
                port,
                region,
                accountId,
                List.copyOf(seeds),
                idSeed,
                verify,
                accessKey == null ? CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID : accessKey,
                secretKey == null ? CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY : secretKey,
                maxRequestBytes,
                maxConnections,
                false);
    }

    private static String value(String[] args, int i, String name, String inline) throws UsageException {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(name + " needs a value.");
        }
        return args[i + 1];
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535 (0: any free port); got '" + value + "'.");
    }

    private static String host(String value) throws UsageException {
        return nonEmpty("--host", value).strip();
    }

    private static String region(String value) throws UsageException {
        if (!REGION.matcher(value).matches()) {
            throw new UsageException("--region must be an AWS region name such as us-east-1; got '" + value + "'.");
        }
        return value;
    }

    private static String accountId(String value) throws UsageException {
        if (!ACCOUNT_ID.matcher(value).matches()) {
            throw new UsageException("--account-id must be 12 digits, such as 123456789012; got '" + value + "'.");
        }
        return value;
    }

    private static Path seed(String value) throws UsageException {
        Path path = Path.of(nonEmpty("--seed", value));
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageException("--seed: no readable file '" + value + "'.");
        }
        return path;
    }

    private static Long idSeed(String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new UsageException("--id-seed must be a whole number; got '" + value + "'.");
        }
    }

    private static int maxRequestBytes(String value) throws UsageException {
        try {
            int bytes = Integer.parseInt(value);
            if (bytes > 0 && bytes <= 1 << 30) {
                return bytes;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException(
                "--max-request-bytes must be a number of bytes from 1 to 1073741824; got '" + value + "'.");
    }

    private static int maxConnections(String value) throws UsageException {
        try {
            int connections = Integer.parseInt(value);
            if (connections > 0) {
                return connections;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException("--max-connections must be a positive number; got '" + value + "'.");
    }

    private static String nonEmpty(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " must not be empty.");
        }
        return value;
    }
}
