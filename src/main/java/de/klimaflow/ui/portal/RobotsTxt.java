package de.klimaflow.ui.portal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import de.klimaflow.platform.Links;

/**
 * What crawlers may read: the public pages, never the staff UI, the API or the personal links (a link behind a token
 * is one person's, and must not land in an index).
 */
@RestController
class RobotsTxt {

    @GetMapping(value = Links.ROBOTS, produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return "User-agent: *\n"
                + Arrays.stream(Links.INDEXED_PATHS)
                        .map(path -> "Allow: " + path + "\n")
                        .collect(Collectors.joining())
                + "Disallow: /\n";
    }
}
