package io.github.cognitofake.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.fuzz.FuzzCall.Kind;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.model.Shape;
import io.github.cognitofake.internal.protocol.ConstraintValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every answer of the fake must be, whatever was asked: a modeled error or a success shaped like the
 * operation's output, never a 500, always JSON with the awsJson 1.1 content type (but for the three front-door
 * answers documented in docs/fidelity.md that are not), with headers that agree with the body; and, for the
 * kinds of request whose answer is known in advance, that answer.
 */
final class Oracle {

    /** Errors the protocol answers for any operation, before it runs (FrontDoor, JsonShapeChecker, validation). */
    static final Set<String> PROTOCOL_ERRORS = Set.of(
            "SerializationException",
            "ValidationException",
            "UnknownOperationException",
            "MissingAuthenticationTokenException");

    static final String BAD_REQUEST_BODY = "{\"code\":\"BadRequest\",\"message\":"
            + "\"The server did not understand the operation that was requested.\",\"type\":\"client\"}";
    static final String UNKNOWN_OPERATION_XML = "<UnknownOperationException/>\n";
    static final String ACCESS_DENIED_XML = "<AccessDeniedException>\n"
            + "  <Message>Unable to determine service/operation name to be authorized</Message>\n"
            + "</AccessDeniedException>\n";

    private static final Pattern REQUEST_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern VALIDATION_ENVELOPE =
            Pattern.compile("(1 validation error|\\d+ validation errors) detected: .*", Pattern.DOTALL);
    private static final int MAX_MESSAGE = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceModel model = ServiceModel.cognitoIdentity();

    /** The answer's class for the statistics, such as {@code 200} or {@code 400 ValidationException}. */
    record Verdict(String answerClass, boolean error, boolean json) {}

    /**
     * Checks one answer to one request.
     *
     * @throws AssertionError naming what is wrong with the answer
     */
    Verdict check(FuzzCall call, Wire.Answer answer) {
        OperationModel operation = model.operation(call.operation()).orElseThrow();
        String requestId = answer.header("x-amzn-RequestId");
        require(requestId != null && REQUEST_ID.matcher(requestId).matches(), "no request id", call, answer);
        require(answer.status() != 500 && answer.status() != 501, "a 5xx answer", call, answer);
        switch (call.kind()) {
            case WRONG_METHOD -> {
                expect(answer, 400, Wire.JSON_1_1, BAD_REQUEST_BODY, call);
                return new Verdict("400 BadRequest (any method but POST)", true, true);
            }
            case WRONG_CONTENT_TYPE -> {
                expect(answer, 404, null, UNKNOWN_OPERATION_XML, call);
                return new Verdict("404 <UnknownOperationException/> (documented XML)", true, false);
            }
            case NO_CONTENT_TYPE_NOR_TARGET -> {
                expect(answer, 403, null, ACCESS_DENIED_XML, call);
                return new Verdict("403 <AccessDeniedException> (documented XML)", true, false);
            }
            default -> {}
        }
        require(Wire.JSON_1_1.equals(answer.header("Content-Type")), "not the awsJson 1.1 content type", call, answer);
        require(
                String.valueOf(answer.body().length).equals(answer.header("Content-Length")),
                "Content-Length differs from the body",
                call,
                answer);
        if (answer.status() == 200) {
            checkSuccess(call, answer, operation);
            require(
                    call.kind() == Kind.VALID
                            || call.kind() == Kind.UNKNOWN_MEMBERS
                            || call.kind() == Kind.EMPTY_BODY
                            || call.kind() == Kind.NO_AUTHORIZATION && !operation.requiresSignature(),
                    "a success for a request that must be refused",
                    call,
                    answer);
            return new Verdict("200", false, true);
        }
        require(answer.status() == 400, "a status other than 200 and 400", call, answer);
        String type = checkError(call, answer, operation);
        return new Verdict("400 " + type, true, true);
    }

    private void checkSuccess(FuzzCall call, Wire.Answer answer, OperationModel operation) {
        require(answer.header("x-amzn-ErrorType") == null, "an error type on a success", call, answer);
        if (operation.output() == null) {
            require(answer.body().length == 0, "a body for an operation without output", call, answer);
            return;
        }
        if (operation.output().members().isEmpty() && answer.body().length == 0) {
            return; // TagResource, UntagResource: an empty body, as the API reference says
        }
        JsonNode body = parse(call, answer);
        List<String> problems = new ArrayList<>();
        conforms(operation.output(), body, "", problems);
        require(problems.isEmpty(), "the output does not match its shape: " + problems, call, answer);
        ConstraintValidator.validate(operation.output(), body).ifPresent(violations -> {
            throw failure("the output breaks the model's constraints: " + violations, call, answer);
        });
    }

    private String checkError(FuzzCall call, Wire.Answer answer, OperationModel operation) {
        JsonNode body = parse(call, answer);
        require(body.isObject() && body.path("__type").isTextual(), "an error without __type", call, answer);
        String type = body.get("__type").textValue();
        require(
                operation.errorCodes().contains(type) && !"InternalErrorException".equals(type)
                        || PROTOCOL_ERRORS.contains(type),
                "an error the operation does not model: " + type,
                call,
                answer);
        require((type + ":").equals(answer.header("x-amzn-ErrorType")), "x-amzn-ErrorType differs", call, answer);
        JsonNode message = body.has("message") ? body.get("message") : body.get("Message");
        List<String> members = new ArrayList<>();
        body.properties().forEach(member -> members.add(member.getKey()));
        require(
                members.size() == (message == null ? 1 : 2),
                "other members in an error body: " + members,
                call,
                answer);
        String header = answer.header("x-amzn-ErrorMessage");
        if (message == null) {
            require(header == null, "x-amzn-ErrorMessage without a message", call, answer);
        } else {
            String text = message.textValue();
            require(text != null && text.length() <= MAX_MESSAGE, "a message longer than the bound", call, answer);
            require(ascii(text).equals(header), "x-amzn-ErrorMessage differs from the message", call, answer);
        }
        switch (call.kind()) {
            case CONSTRAINT_VIOLATED -> {
                require(
                        "ValidationException".equals(type),
                        "a broken constraint not refused by validation",
                        call,
                        answer);
                require(
                        VALIDATION_ENVELOPE.matcher(message.textValue()).matches(),
                        "no validation envelope",
                        call,
                        answer);
            }
            case WRONG_TYPE ->
                require(
                        "SerializationException".equals(type) && body.has("Message"),
                        "a wrong JSON type not refused by type conversion",
                        call,
                        answer);
            case TRUNCATED_JSON, NOT_JSON ->
                require(
                        "SerializationException".equals(type) && message == null,
                        "a body that is not JSON not refused as such",
                        call,
                        answer);
            case NO_TARGET, UNKNOWN_TARGET ->
                require(
                        "UnknownOperationException".equals(type) && message == null,
                        "an unknown operation not refused as such",
                        call,
                        answer);
            case NO_AUTHORIZATION -> {
                if (operation.requiresSignature()) {
                    require(
                            "MissingAuthenticationTokenException".equals(type)
                                    && "Missing Authentication Token".equals(message.textValue()),
                            "an unsigned request not refused",
                            call,
                            answer);
                } else {
                    requireNotProtocolError(type, call, answer);
                }
            }
            case VALID, UNKNOWN_MEMBERS -> requireNotProtocolError(type, call, answer);
            case EMPTY_BODY ->
                require(!"SerializationException".equals(type), "an empty body is not JSON", call, answer);
            default -> throw failure("unexpected kind", call, answer);
        }
        return type;
    }

    private static void requireNotProtocolError(String type, FuzzCall call, Wire.Answer answer) {
        require(!PROTOCOL_ERRORS.contains(type), "a valid request refused by the protocol: " + type, call, answer);
    }

    /** The JSON types of an output value against its shape: no member the shape lacks, no null, no wrong type. */
    static void conforms(Shape shape, JsonNode node, String path, List<String> problems) {
        if (node == null || node.isNull()) {
            problems.add(path + ": null");
            return;
        }
        switch (shape.type()) {
            case STRUCTURE -> {
                if (!node.isObject()) {
                    problems.add(path + ": not an object");
                    return;
                }
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    Shape memberShape = shape.members().get(member.getKey());
                    if (memberShape == null) {
                        problems.add(path + member.getKey() + ": not a member of " + shape.name());
                    } else {
                        conforms(memberShape, member.getValue(), path + member.getKey() + ".", problems);
                    }
                }
            }
            case LIST -> {
                if (!node.isArray()) {
                    problems.add(path + ": not an array");
                    return;
                }
                int i = 0;
                for (JsonNode element : node) {
                    conforms(shape.member(), element, path + i++ + ".", problems);
                }
            }
            case MAP -> {
                if (!node.isObject()) {
                    problems.add(path + ": not an object");
                    return;
                }
                node.properties()
                        .forEach(e -> conforms(shape.value(), e.getValue(), path + e.getKey() + ".", problems));
            }
            case STRING -> check(node.isTextual(), path, "a string", problems);
            case BOOLEAN -> check(node.isBoolean(), path, "a boolean", problems);
            case INTEGER, LONG -> check(node.isIntegralNumber(), path, "an integer", problems);
            case TIMESTAMP -> check(node.isNumber(), path, "a number of seconds", problems);
        }
    }

    private static void check(boolean holds, String path, String what, List<String> problems) {
        if (!holds) {
            problems.add(path + ": not " + what);
        }
    }

    private static JsonNode parse(FuzzCall call, Wire.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException notJson) {
            throw failure("a body that is not JSON", call, answer);
        }
    }

    private static void expect(Wire.Answer answer, int status, String contentType, String body, FuzzCall call) {
        require(answer.status() == status, "status " + answer.status() + " instead of " + status, call, answer);
        require(java.util.Objects.equals(contentType, answer.header("Content-Type")), "content type", call, answer);
        require(body.equals(answer.text()), "body", call, answer);
    }

    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static void require(boolean holds, String what, FuzzCall call, Wire.Answer answer) {
        if (!holds) {
            throw failure(what, call, answer);
        }
    }

    static AssertionError failure(String what, FuzzCall call, Wire.Answer answer) {
        String text = answer.text();
        if (text.length() > 2000) {
            text = text.substring(0, 2000) + "...";
        }
        return new AssertionError(what + "\n  request: " + call + "\n  answer:  " + answer.status() + " "
                + answer.headers() + " " + text);
    }
}
