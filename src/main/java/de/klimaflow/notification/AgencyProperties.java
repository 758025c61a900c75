package de.klimaflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency as its mails present it ({@code klimaflow.agency.*}).
 *
 * @param name       shown in every mail's header and as sender name
 * @param imprint    the imprint line in every mail's footer
 * @param mailFrom   sender address
 * @param publicUrl  base of every link in mails, e.g. https://klimaflow.lena.example
 */
@ConfigurationProperties("klimaflow.agency")
public record AgencyProperties(String name, String imprint, String mailFrom, String publicUrl) {

    /** An absolute link for mails. */
    public String link(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
