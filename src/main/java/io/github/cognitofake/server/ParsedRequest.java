package io.github.cognitofake.server;

import java.util.List;
import java.util.Map;

/**
 * One request read in full by the front end, ready for the fake.
 *
 * @param path the path as sent, still percent-encoded
 * @param query the query as sent, without the {@code ?}; null when there is none
 * @param headers every header as sent, names looked up without regard to case
 * @param keepAlive whether the connection may carry another request after the answer
 */
record ParsedRequest(
        String method, String path, String query, Map<String, List<String>> headers, byte[] body, boolean keepAlive) {

    boolean isHead() {
        return "HEAD".equals(method);
    }
}
