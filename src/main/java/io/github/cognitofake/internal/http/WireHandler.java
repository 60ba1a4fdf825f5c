package io.github.cognitofake.internal.http;

import java.io.IOException;

/**
 * Something that answers HTTP requests for the service: the protocol itself, or a layer in front of it
 * (such as injected faults) that may fail the way a network does.
 */
@FunctionalInterface
public interface WireHandler {

    /** @throws IOException when the connection fails instead of answering */
    WireResponse handle(WireRequest request) throws IOException;
}
