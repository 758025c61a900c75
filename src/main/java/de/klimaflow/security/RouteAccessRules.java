package de.klimaflow.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * URL rules for the views that only some groups may open, read from their {@code @RolesAllowed}. Vaadin
 * already refuses the navigation; with these rules a direct request for such a page answers 403 too.
 */
final class RouteAccessRules {

    /** A path pattern ("/tasks/*") and the groups that may request it. */
    record Rule(String pattern, String[] groups) {}

    static List<Rule> scan(String basePackage) {
        List<Rule> rules = new ArrayList<>();
        for (Class<?> view : views(basePackage)) {
            RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                String pattern = pattern(view);
                // "/events/new" and "/events/new/" reach the same view: guard both spellings
                rules.add(new Rule(pattern, roles.value()));
                rules.add(new Rule(pattern + "/", roles.value()));
            }
        }
        // the first matching rule wins: exact paths before patterns, longer before shorter
        rules.sort(java.util.Comparator.comparing((Rule rule) -> rule.pattern().contains("*"))
                .thenComparing(rule -> -rule.pattern().length()));
        return rules;
    }

    /** The path patterns of every staff view, whoever may open it: an anonymous request for one signs in first. */
    static List<String> staffPaths(String basePackage) {
        List<String> paths = new ArrayList<>();
        for (Class<?> view : views(basePackage)) {
            String pattern = pattern(view);
            paths.add(pattern);
            paths.add(pattern.endsWith("/") ? pattern : pattern + "/");
        }
        return paths;
    }

    private static List<Class<?>> views(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents(basePackage).stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(
                        String.valueOf(candidate.getBeanClassName()), RouteAccessRules.class.getClassLoader()))
                .toList();
    }

    /** The view's route as a path pattern, each parameter a wildcard segment. */
    private static String pattern(Class<?> view) {
        return "/" + view.getAnnotation(Route.class).value().replaceAll(":[^/]+", "*");
    }

    private RouteAccessRules() {}
}
