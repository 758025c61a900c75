package de.klimaflow.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency as its mails and public pages present it ({@code klimaflow.agency.*}).
 *
 * @param name       shown in every mail's and public page's header and as sender name
 * @param imprint    the imprint line in every mail's footer
 * @param mailFrom   sender address
 * @param publicUrl  base of every link in mails, e.g. https://klimaflow.lena.example (see {@link Links})
 * @param imprintUrl the agency's imprint page, linked from every public page
 * @param privacyUrl the agency's privacy notice, linked from every public page and every form
 */
@ConfigurationProperties("klimaflow.agency")
public record AgencyProperties(
        String name, String imprint, String mailFrom, String publicUrl, String imprintUrl, String privacyUrl) {}
