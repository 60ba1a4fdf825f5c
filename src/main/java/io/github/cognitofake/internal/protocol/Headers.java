package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers the service sets on its answers. */
public final class Headers {

    static final String REQUEST_ID = WireResponse.REQUEST_ID;
    static final String ERROR_TYPE = "x-amzn-ErrorType";
    static final String ERROR_MESSAGE = "x-amzn-ErrorMessage";
    static final String CONTENT_TYPE = "Content-Type";
    static final String CONTENT_LENGTH = "Content-Length";
    static final String DATE = "Date";
    static final String JSON_1_1 = "application/x-amz-json-1.1";

    private Headers() {}

    static Map<String, String> of(String requestId, String contentType, int contentLength) {
        Map<String, String> headers = new LinkedHashMap<>(8);
        headers.put(REQUEST_ID, requestId);
        if (contentType != null) {
            headers.put(CONTENT_TYPE, contentType);
        }
        headers.put(CONTENT_LENGTH, Integer.toString(contentLength));
        headers.put(DATE, httpDate());
        return headers;
    }

    /** The Date header has one-second resolution: formatting it once per second keeps it off every call. */
    private static volatile FormattedSecond lastDate = new FormattedSecond(-1, "");

    private record FormattedSecond(long epochSecond, String text) {}

    static String httpDate() {
        long now = Instant.now().getEpochSecond();
        FormattedSecond date = lastDate;
        if (date.epochSecond() != now) {
            date = new FormattedSecond(
                    now,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            ZonedDateTime.ofInstant(Instant.ofEpochSecond(now), ZoneOffset.UTC)));
            lastDate = date;
        }
        return date.text();
    }

    /** Header values must be printable ASCII; the message also travels, intact, in the body. */
    @Behaviour(id = "fake.non-ascii-error-header", status = UNCONFIRMED)
    static String printableAscii(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
