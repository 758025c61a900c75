package de.klimaflow.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.klimaflow.platform.Links;

/**
 * A controller of the public JSON API under {@value #PREFIX}: anonymous, stateless, and every error an
 * RFC 9457 problem in the caller's language ({@link ApiProblems}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface PublicApi {

    String PREFIX = Links.API;

    /** The controller's base path below {@link #PREFIX}'s host, e.g. {@code /api/v1/events}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
