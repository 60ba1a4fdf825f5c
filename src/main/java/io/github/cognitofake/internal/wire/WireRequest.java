package io.github.cognitofake.internal.wire;

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
