package io.github.cognitofake.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.OperationHandler;
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

    @Test
    void anOperationBelongsToOneFamily() {
        HandlerTable table = new HandlerTable();
        OperationHandler<Object> handler = OperationHandler.of(Object.class, input -> null);
        table.put(Operation.GET_ID, handler);

        assertThatThrownBy(() -> table.put(Operation.GET_ID, handler))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GetId is registered by two families");
        assertThat(table.handler(Operation.GET_ID)).containsSame(handler);
        assertThat(table.handler(Operation.DESCRIBE_IDENTITY)).isEmpty();
    }
}
