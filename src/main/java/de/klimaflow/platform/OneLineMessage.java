package de.klimaflow.platform;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with every control character (line feeds above all) shown as {@code ?}: whatever a
 * client sent that ends up in a message stays on its line (src/main/resources/logback-spring.xml).
 */
public class OneLineMessage extends MessageConverter {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029&&[^\\t]]");

    @Override
    public String convert(ILoggingEvent event) {
        return oneLine(super.convert(event));
    }

    static String oneLine(String message) {
        return CONTROL.matcher(message).replaceAll("?");
    }
}
