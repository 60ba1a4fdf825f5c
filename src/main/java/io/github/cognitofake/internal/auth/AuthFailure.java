package io.github.cognitofake.internal.auth;

/**
 * Why the front end refuses a request's authentication: the error code and message it answers with
 * HTTP 400.
 */
public record AuthFailure(String code, String message) {}
