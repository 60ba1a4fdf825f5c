/**
 * The operations of the Cognito Identity API, as faults, strictness and the call journal name them. A leaf
 * of the public API: every other package may use it, it uses none of them.
 */
package io.github.cognitofake.operation;
