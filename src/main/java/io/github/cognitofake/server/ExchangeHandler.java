package io.github.cognitofake.server;

import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import io.github.cognitofake.internal.pipeline.PendingAttempt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Carries each request read by the front end through the fake's attempt pipeline, the same one the
 * in-process clients use (journal, strictness, faults, protocol), and turns the answer into what the front
 * end writes, faults included: latency is waited out here, on a worker thread; a connection-reset fault
 * (and a fake that was closed) closes the connection without an answer; a truncated body is sent short of
 * its Content-Length before the connection is closed; a malformed body is sent as it is.
 */
final class ExchangeHandler {

    private final AttemptPipeline attempts;

    ExchangeHandler(AttemptPipeline attempts) {
        this.attempts = attempts;
    }

    /** Runs on a worker thread; never throws. */
    Answer handle(ParsedRequest request) {
        PendingAttempt attempt;
        try {
            attempt = attempts.begin(new WireRequest(
                    request.method(), request.path(), request.headers(), request.body(), request.query()));
        } catch (RuntimeException bug) {
            return internalError(bug);
        }
        try {
            waitOut(attempt);
        } catch (InterruptedIOException stopping) {
            return Answer.drop();
        }
        Delivery delivery;
        try {
            delivery = attempt.complete();
        } catch (RuntimeException bug) {
            return internalError(bug);
        }
        try {
            return delivery.carry(new ToAnswer(request));
        } catch (IOException carriedWithoutThrowing) {
            throw new IllegalStateException(
                    "the server's carrier turns every delivery into an answer", carriedWithoutThrowing);
        }
    }

    /** What the front end writes for each kind of delivery. */
    private static final class ToAnswer implements Delivery.Carrier<Answer> {
        private final ParsedRequest request;

        ToAnswer(ParsedRequest request) {
            this.request = request;
        }

        @Override
        public Answer answer(WireResponse response) {
            return Answer.of(response, request.isHead(), request.keepAlive());
        }

        @Override
        public Answer truncated(WireResponse prefix, int advertisedLength) {
            return Answer.of(prefix, advertisedLength, request.isHead(), request.keepAlive());
        }

        @Override
        public Answer broken(IOException failure) {
            return Answer.drop(); // a connection-reset fault, or the fake was closed
        }
    }

    private static Answer internalError(RuntimeException bug) {
        return Answer.refusal(HttpRefusal.of(
                500,
                HttpRefusal.INTERNAL,
                "cognito-identity-fake failed to answer: " + bug.getClass().getSimpleName()
                        + (bug.getMessage() == null ? "" : ": " + bug.getMessage())));
    }

    private static void waitOut(PendingAttempt attempt) throws InterruptedIOException {
        Duration delay = attempt.delay();
        if (delay.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException stopping) {
            // The server is closing: the attempt is given up, as a client would give it up on a timeout.
            Thread.currentThread().interrupt();
            InterruptedIOException gaveUp =
                    new InterruptedIOException("The server stopped during the injected latency");
            attempt.abandon(gaveUp);
            throw gaveUp;
        }
    }
}
