package de.klimaflow.platform.api;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.AssertTrue;

/**
 * The API's records as their schemas must say, read from the Java types of the {@link PublicApi} controllers: an
 * answer always carries every field, null where the type is {@code @Nullable}; a request may leave out or send null
 * for what it need not send, and a field that must be true ({@code @AssertTrue}) says so.
 */
final class ApiRecordSchemas {

    private ApiRecordSchemas() {}

    static void apply(ApplicationContext context, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        for (Object controller : context.getBeansWithAnnotation(PublicApi.class).values()) {
            for (Method method : AopUtils.getTargetClass(controller).getDeclaredMethods()) {
                for (Class<?> answer : records(method.getAnnotatedReturnType())) {
                    describeAnswer(answer, schemas);
                }
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)
                            && parameter.getType().isRecord()) {
                        describeRequest(parameter.getType(), schemas);
                    }
                }
            }
        }
    }

    private static void describeAnswer(Class<?> record, Map<String, Schema> schemas) {
        Schema<?> schema = schemas.get(record.getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            required.add(component.getName());
            if (isNullable(component)) {
                allowNull(schema.getProperties().get(component.getName()));
            }
            records(component.getAnnotatedType()).forEach(inner -> describeAnswer(inner, schemas));
        }
        schema.setRequired(required);
    }

    private static void describeRequest(Class<?> record, Map<String, Schema> schemas) {
        Schema<?> schema = schemas.get(record.getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = schema.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.isAnnotationPresent(AssertTrue.class)
                    || (component.getAccessor() != null
                            && component.getAccessor().isAnnotationPresent(AssertTrue.class))) {
                property.setConst(Boolean.TRUE);
                required.add(component.getName());
            } else if (isNullable(component) && !required.contains(component.getName())) {
                allowNull(property);
            }
        }
        schema.setRequired(required.stream().distinct().sorted().toList());
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    private static void allowNull(@Nullable Schema<?> property) {
        if (property != null
                && property.getTypes() != null
                && !property.getTypes().contains("null")) {
            property.addType("null");
        }
    }

    /** The records a type is or holds (a list's elements). */
    private static List<Class<?>> records(AnnotatedType type) {
        List<Class<?>> found = new ArrayList<>();
        if (type.getType() instanceof Class<?> plain && plain.isRecord()) {
            found.add(plain);
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                found.addAll(records(argument));
            }
        }
        return found;
    }
}
