package io.github.cognitofake.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.operation.Operation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HandlerTableTest {

    @Test
    void everyOperationOfTheModelHasAHandler() {
        CognitoIdentityService service = new CognitoIdentityService("us-east-1", IdSource.random());

        assertThat(Arrays.stream(Operation.values())
                        .filter(op -> service.handler(op).isEmpty()))
                .as("operations without a handler")
                .isEmpty();
        assertThat(Operation.values()).hasSize(23);
    }
}
