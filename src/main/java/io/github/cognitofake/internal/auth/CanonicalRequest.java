package io.github.cognitofake.internal.auth;

import io.github.cognitofake.internal.http.WireRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SigV4 canonical request of a received request, and the hashing and HMAC steps of the signature,
 * as AWS documents them for every service but S3: the path is normalised and URI-encoded a second time,
 * query parameters are decoded, re-encoded and sorted, signed header values are trimmed and their inner
 * runs of spaces collapsed, and the payload hash is computed from the body received.
 */
final class CanonicalRequest {

    private static final HexFormat HEX = HexFormat.of();

    private CanonicalRequest() {}

    static String of(WireRequest request, AuthorizationHeader authorization) {
        List<String> names = authorization.signedHeaderNames();
        StringBuilder canonical = new StringBuilder(256)
                .append(request.method())
                .append('\n')
                .append(canonicalPath(request.path()))
                .append('\n')
                .append(canonicalQuery(request.query()))
                .append('\n');
        for (String name : names) {
            canonical
                    .append(name)
                    .append(':')
                    .append(headerValue(request.headers(), name))
                    .append('\n');
        }
        return canonical
                .append('\n')
                .append(String.join(";", names))
                .append('\n')
                .append(hex(sha256(request.body())))
                .toString();
    }

    static String stringToSign(String requestDate, String scope, String canonicalRequest) {
        return SignatureTexts.ALGORITHM + "\n" + requestDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] signingKey(String secretAccessKey, String day, String region, String service) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, SignatureTexts.TERMINATOR);
    }

    static String signature(byte[] signingKey, String stringToSign) {
        return hex(hmac(signingKey, stringToSign));
    }

    /** The path as sent (already encoded once), dot segments removed, then encoded again; "/" keeps its meaning. */
    static String canonicalPath(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return encode(removeDotSegments(path), true);
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new String[] {encode(decode(name), false), encode(decode(value), false)});
        }
        parameters.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder query = new StringBuilder();
        for (String[] parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(parameter[0]).append('=').append(parameter[1]);
        }
        return query.toString();
    }

    /** Every value of the header, however its name is capitalised, trimmed, spaces collapsed, joined by commas. */
    static String headerValue(Map<String, List<String>> headers, String lowerCaseName) {
        StringBuilder joined = new StringBuilder();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!header.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                continue;
            }
            for (String value : header.getValue()) {
                if (joined.length() > 0) {
                    joined.append(',');
                }
                joined.append(value == null ? "" : value.strip().replaceAll(" +", " "));
            }
        }
        return joined.toString();
    }

    /** RFC 3986 section 5.2.4, on a path that starts with "/". */
    private static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    /** AWS's URI encoding: unreserved characters stay, every other UTF-8 byte becomes %XX in upper case. */
    static String encode(String text, boolean keepSlashes) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~'
                    || (keepSlashes && c == '/')) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Percent-decoding only ('+' stays '+'); a malformed escape is kept as it is. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (text.charAt(i) == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
