package de.klimaflow.platform;

/** One reason a form's input cannot be stored: the form field it belongs to (or none the form knows) and an i18n key. */
public record FieldProblem(String field, String message) {}
