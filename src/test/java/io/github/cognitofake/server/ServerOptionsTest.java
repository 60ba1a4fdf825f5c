package io.github.cognitofake.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runnable jar's command line: defaults, both spellings of every option, and a clear word for each mistake. */
class ServerOptionsTest {

    private static final String SEED = "docs/examples/seed.json";

    @Test
    void defaultsToLoopbackAnyPortAndTheFakesDefaults() throws UsageException {
        ServerOptions options = ServerOptions.parse();

        assertThat(options)
                .isEqualTo(new ServerOptions(
                        "127.0.0.1",
                        0,
                        "us-east-1",
                        "123456789012",
                        List.of(),
                        null,
                        false,
                        CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID,
                        CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY,
                        128 * 1024 * 1024,
                        512,
                        false));
    }

    @Test
    void readsEveryOptionWithItsValueNextOrAfterAnEqualsSign() throws UsageException {
        ServerOptions options = ServerOptions.parse(
                "--port",
                "4566",
                "--host=0.0.0.0",
                "--region",
                "eu-west-1",
                "--account-id=210987654321",
                "--seed",
                SEED,
                "--seed=" + SEED,
                "--id-seed",
                "-7",
                "--verify-signatures",
                "--access-key",
                "AKIAOTHER",
                "--secret-key=s3cr=t",
                "--max-request-bytes",
                "2048",
                "--max-connections=16");

        assertThat(options)
                .isEqualTo(new ServerOptions(
                        "0.0.0.0",
                        4566,
                        "eu-west-1",
                        "210987654321",
                        List.of(Path.of(SEED), Path.of(SEED)),
                        -7L,
                        true,
                        "AKIAOTHER",
                        "s3cr=t",
                        2048,
                        16,
                        false));
    }

    @Test
    void verifiesWithTheDefaultKeyPairUnlessGivenOne() throws UsageException {
        ServerOptions options = ServerOptions.parse("--verify-signatures");

        assertThat(options.verifySignatures()).isTrue();
        assertThat(options.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(options.secretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @Test
    void asksForHelpWhereverHelpIsAsked() throws UsageException {
        assertThat(ServerOptions.parse("--port", "1", "--help").help()).isTrue();
        assertThat(ServerOptions.parse("-h").help()).isTrue();
        assertThat(ServerOptions.USAGE)
                .contains(
                        "--port",
                        "--host",
                        "--region",
                        "--account-id",
                        "--seed",
                        "--id-seed",
                        "--verify-signatures",
                        "--access-key",
                        "--secret-key",
                        "--max-request-bytes",
                        "--max-connections",
                        "--help");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--bogus                              | Unknown option '--bogus'.",
                "--max-connections 0                  | --max-connections must be a positive number; got '0'.",
                "-p 80                                | Unknown option '-p'.",
                "4566                                 | Unexpected argument '4566'; options start with --.",
                "--port                               | --port needs a value.",
                "--port --host x                      | --port needs a value.",
                "--port 65536                         | --port must be a number from 0 to 65535 (0: any free port); got '65536'.",
                "--port=abc                           | --port must be a number from 0 to 65535 (0: any free port); got 'abc'.",
                "--region useast1                     | --region must be an AWS region name such as us-east-1; got 'useast1'.",
                "--account-id 1234                    | --account-id must be 12 digits, such as 123456789012; got '1234'.",
                "--seed no/such/file.json             | --seed: no readable file 'no/such/file.json'.",
                "--seed docs                          | --seed: no readable file 'docs'.",
                "--id-seed one                        | --id-seed must be a whole number; got 'one'.",
                "--max-request-bytes 0                | --max-request-bytes must be a number of bytes from 1 to 1073741824; got '0'.",
                "--access-key AKIA                    | --access-key and --secret-key only apply with --verify-signatures.",
                "--verify-signatures --access-key a/b | --access-key must not contain '/'; got 'a/b'.",
                "--verify-signatures=yes              | --verify-signatures takes no value; got '--verify-signatures=yes'.",
                "--host=                              | --host must not be empty.",
            })
    void refusesABadCommandLineSayingWhatIsWrong(String commandLine, String message) {
        assertThatThrownBy(() -> ServerOptions.parse(commandLine.split(" ")))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }
}
