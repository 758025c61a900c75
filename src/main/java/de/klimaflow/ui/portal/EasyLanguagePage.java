package de.klimaflow.ui.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import de.klimaflow.platform.Links;

/**
 * What the site offers and how to use it, in Leichte Sprache (BITV 2.0 § 4), linked from every public page's header.
 * German only, as the rule asks, whatever the visitor's language.
 */
@Controller
class EasyLanguagePage {

    @GetMapping(Links.EASY_LANGUAGE)
    String easyLanguage() {
        return "portal/easy-language";
    }
}
