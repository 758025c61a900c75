package de.klimaflow.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency as its mails present it ({@code klimaflow.agency.*}).
 *
 * @param name       shown in every mail's header and as sender name
 * @param imprint    the imprint line in every mail's footer
 * @param mailFrom   sender address
 * @param publicUrl  base of every link in mails, e.g. https://klimaflow.lena.example (see {@link Links})
 */
@ConfigurationProperties("klimaflow.agency")
public record AgencyProperties(String name, String imprint, String mailFrom, String publicUrl) {
}
