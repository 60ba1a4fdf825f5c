package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;

/** Finds, checks and assigns the {@link InjectCognitoIdentity} fields of one extension name, as JUnit's {@code @TempDir} does. */
final class FieldInjector {

    private final String name;

    FieldInjector(String name) {
        this.name = name;
    }

    /** The static fields of the class and its superclasses, after checking every field of this name. */
    List<Field> staticFields(Class<?> testClass) {
        List<Field> fields = fields(testClass);
        fields.forEach(FieldInjector::check);
        return fields.stream().filter(ModifierSupport::isStatic).toList();
    }

    /** Whether the class has a static field of this name, which makes it share one fake. */
    boolean hasStaticField(Class<?> testClass) {
        return fields(testClass).stream().anyMatch(ModifierSupport::isStatic);
    }

    void injectStatic(Class<?> testClass, Supplier<CognitoIdentityFake> fake) {
        for (Field field : staticFields(testClass)) {
            assign(field, null, fake.get());
        }
    }

    void injectInstance(Object instance, Supplier<CognitoIdentityFake> fake) {
        for (Field field : fields(instance.getClass())) {
            if (!ModifierSupport.isStatic(field)) {
                check(field);
                assign(field, instance, fake.get());
            }
        }
    }

    private List<Field> fields(Class<?> testClass) {
        return AnnotationSupport.findAnnotatedFields(
                testClass,
                InjectCognitoIdentity.class,
                field ->
                        field.getAnnotation(InjectCognitoIdentity.class).value().equals(name),
                HierarchyTraversalMode.TOP_DOWN);
    }

    private static void check(Field field) {
        if (ModifierSupport.isFinal(field)) {
            throw new ExtensionConfigurationException("@InjectCognitoIdentity field " + describe(field)
                    + " must not be final: the extension assigns it (remove 'final').");
        }
        if (Injectable.of(field.getType()).isEmpty()) {
            throw new ExtensionConfigurationException("@InjectCognitoIdentity field " + describe(field) + " has type "
                    + field.getType().getName() + "; declare it as " + Injectable.TYPE_NAMES + ".");
        }
    }

    private static void assign(Field field, Object instance, CognitoIdentityFake fake) {
        try {
            field.setAccessible(true);
            field.set(instance, Injectable.of(field.getType()).orElseThrow().from(fake));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new ExtensionConfigurationException(
                    "Cannot assign @InjectCognitoIdentity field " + describe(field) + ": " + e, e);
        }
    }

    private static String describe(Field field) {
        return "'" + field.getName() + "' of " + field.getDeclaringClass().getName();
    }
}
