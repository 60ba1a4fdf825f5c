package io.github.cognitofake.internal.journal;

import io.github.cognitofake.operation.Operation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityResponse;

/**
 * Sees each SDK call of a client configured by the fake: opens it in the journal with the typed request,
 * tags its HTTP requests so the transport files each attempt under the call, and closes it with the
 * typed response or the exception the code under test gets. It never answers or changes a call: the
 * in-process HTTP client does that, so the SDK's retries and error handling stay real.
 */
public final class RecordingInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<String> CALL_ID = new ExecutionAttribute<>("CognitoIdentityFakeCallId");

    private final Journal journal;

    /** Records into this journal; one interceptor per fake, added by {@code CognitoIdentityFake.configure}. */
    public RecordingInterceptor(Journal journal) {
        this.journal = journal;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof CognitoIdentityRequest request)) {
            return;
        }
        Operation operation = Operation.fromWireName(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                .orElse(null);
        attributes.putAttribute(CALL_ID, journal.open(operation, request));
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        String id = attributes.getAttribute(CALL_ID);
        return id == null
                ? context.httpRequest()
                : context.httpRequest().toBuilder()
                        .putHeader(Journal.CALL_HEADER, id)
                        .build();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        CallRecord call = closed(attributes);
        if (call != null && context.response() instanceof CognitoIdentityResponse response) {
            call.succeed(response);
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        CallRecord call = closed(attributes);
        if (call != null) {
            call.fail(context.exception());
        }
    }

    private CallRecord closed(ExecutionAttributes attributes) {
        String id = attributes.getAttribute(CALL_ID);
        if (id == null) {
            return null;
        }
        CallRecord call = journal.openCall(id);
        journal.close(id);
        return call;
    }
}
