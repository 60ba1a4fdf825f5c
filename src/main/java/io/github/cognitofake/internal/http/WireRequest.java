package io.github.cognitofake.internal.http;

import io.github.cognitofake.operation.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the service receives it, whichever transport carried it.
 *
 * @param path the path as sent, still percent-encoded
 * @param headers header names as sent; looked up without regard to case
 * @param query the query string as sent, still percent-encoded, without the {@code ?}; null when there is none
 */
public record WireRequest(String method, String path, Map<String, List<String>> headers, byte[] body, String query) {

    /** A request without a query string, as every SDK sends to a JSON service. */
    public WireRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {
        this(method, path, headers, body, null);
    }

    /** The header naming the operation of an awsJson request. */
    public static final String TARGET_HEADER = "X-Amz-Target";

    /**
     * The operation the {@value #TARGET_HEADER} header names, {@code <targetPrefix><Operation>}.
     *
     * @param targetPrefix the service's target prefix with its dot, such as {@code AWSCognitoIdentityService.}
     * @return empty when the header is missing or names no operation of the API
     */
    public Optional<Operation> operation(String targetPrefix) {
        return header(TARGET_HEADER)
                .filter(target -> target.startsWith(targetPrefix))
                .flatMap(target -> Operation.fromWireName(target.substring(targetPrefix.length())));
    }

    /** The first value of a header, matched case-insensitively as HTTP requires. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    values = entry.getValue();
                    break;
                }
            }
        }
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
