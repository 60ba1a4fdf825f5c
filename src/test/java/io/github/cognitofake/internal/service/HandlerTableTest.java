package io.github.cognitofake.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.operation.Operation;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
        HandlerTable table = new HandlerTable().register(family(Operation.GET_ID));

        assertThatThrownBy(() -> table.register(family(Operation.DESCRIBE_IDENTITY, Operation.GET_ID)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GetId is registered by two families");
        assertThat(table.handler(Operation.GET_ID)).isPresent();
        assertThat(table.handler(Operation.LIST_IDENTITIES)).isEmpty();
    }

    @Test
    void aHandlerIsBuiltAtTheFirstCallOnlyAndKept() {
        AtomicInteger builds = new AtomicInteger();
        HandlerTable table = new HandlerTable().register(new OperationFamily() {
            @Override
            public Set<Operation> operations() {
                return Set.of(Operation.GET_ID);
            }

            @Override
            public OperationHandler<?> handler(Operation operation) {
                builds.incrementAndGet();
                return OperationHandler.of(Object.class, input -> null);
            }
        });

        assertThat(builds).hasValue(0);
        OperationHandler<?> first = table.handler(Operation.GET_ID).orElseThrow();
        assertThat(table.handler(Operation.GET_ID)).containsSame(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void everyFamilyBuildsTheHandlerOfEachOperationItNamesAndRefusesOthers() {
        CognitoIdentityService service = new CognitoIdentityService("us-east-1", IdSource.random());
        for (OperationFamily family : service.families()) {
            for (Operation operation : Operation.values()) {
                if (family.operations().contains(operation)) {
                    assertThat(family.handler(operation)).as("%s", operation).isNotNull();
                } else {
                    assertThatThrownBy(() -> family.handler(operation))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining(operation.wireName() + " is not an operation of "
                                    + family.getClass().getSimpleName());
                }
            }
        }
    }

    private static OperationFamily family(Operation... operations) {
        return new OperationFamily() {
            @Override
            public Set<Operation> operations() {
                return Set.of(operations);
            }

            @Override
            public OperationHandler<?> handler(Operation operation) {
                return OperationHandler.of(Object.class, input -> null);
            }
        };
    }
}
