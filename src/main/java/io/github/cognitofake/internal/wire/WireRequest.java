package io.github.cognitofake.internal.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the service receives it, whichever transport carried it.
 *
 * @param headers header names as sent; looked up without regard to case
 */
public record WireRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {

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
