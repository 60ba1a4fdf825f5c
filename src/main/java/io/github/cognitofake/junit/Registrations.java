package io.github.cognitofake.junit;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;

/**
 * Whether a declarative registration that came only from {@link InjectCognitoIdentity}'s meta-annotation must
 * step aside for an unnamed extension the class registers programmatically.
 *
 * <p>JUnit registers an {@code @ExtendWith} class once, but it does not compare it with {@code @RegisterExtension}
 * instances, and it registers field extensions in its own field order: a class with an unnamed
 * {@code @RegisterExtension} and {@code @InjectCognitoIdentity} fields may get both. Two unnamed extensions would
 * claim the same parameters, so the declarative one then does nothing. A class that declares the extension
 * itself ({@code @CognitoIdentityFakeTest}, {@code @ExtendWith}) keeps it: combining that with an unnamed
 * {@code @RegisterExtension} is the user's own conflict, reported by JUnit as before.
 */
final class Registrations {

    private Registrations() {}

    /**
     * What the class says, read once per class: whether the declarative extension steps aside for it because of
     * static registrations, and whether instance registrations may still make it step aside.
     */
    record Decision(boolean stepsAside, List<Field> instanceFields) {

        /** Whether the declarative extension ignores the test whose (innermost) instance this is, if known. */
        boolean stepsAside(Optional<Object> instance) {
            if (stepsAside) {
                return true;
            }
            return instance.isPresent()
                    && instanceFields.stream().anyMatch(field -> isUnnamed(read(field, instance.get())));
        }
    }

    static Decision decide(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (declaresTheExtension(c)) {
                return new Decision(false, List.of());
            }
        }
        boolean staticUnnamed = false;
        for (Class<?> c = testClass; c != null && !staticUnnamed; c = c.getEnclosingClass()) {
            staticUnnamed = registrations(c).stream()
                    .filter(ModifierSupport::isStatic)
                    .anyMatch(field -> isUnnamed(read(field, null)));
        }
        List<Field> instanceFields = registrations(testClass).stream()
                .filter(field -> !ModifierSupport.isStatic(field))
                .toList();
        return new Decision(staticUnnamed, instanceFields);
    }

    private static boolean declaresTheExtension(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extendWith -> List.of(extendWith.value()).contains(CognitoIdentityFakeExtension.class));
    }

    private static List<Field> registrations(Class<?> testClass) {
        return AnnotationSupport.findAnnotatedFields(
                testClass,
                RegisterExtension.class,
                field -> CognitoIdentityFakeExtension.class.isAssignableFrom(field.getType()),
                HierarchyTraversalMode.TOP_DOWN);
    }

    private static boolean isUnnamed(Object value) {
        return value instanceof CognitoIdentityFakeExtension extension
                && extension.name().isEmpty();
    }

    private static Object read(Field field, Object instance) {
        try {
            field.setAccessible(true);
            return field.get(instance);
        } catch (IllegalAccessException | RuntimeException unreadable) {
            return null;
        }
    }
}
