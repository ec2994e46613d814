package org.acervo.web;

import java.util.Locale;
import org.acervo.language.Texts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the words of its language as {@code texts}, for what {@code #{…}} cannot say
 * alone: a stored failure reason ({@code ${texts.reason(…)}}).
 */
@ControllerAdvice
class PageLanguage {

    @ModelAttribute("texts")
    Texts texts(Locale locale) {
        return Texts.of(locale);
    }
}
