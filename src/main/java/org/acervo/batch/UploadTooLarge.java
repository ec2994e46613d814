package org.acervo.batch;

import java.util.Map;
import org.acervo.language.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A list uploaded to {@code /lote} bigger than the server takes: the site's error page with a sentence,
 * not the "something went wrong" every unforeseen failure gets. Before the site's other handlers, whose
 * catch-all would take it first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        String message = Texts.of(LocaleContextHolder.getLocale()).get("lote.tooLarge");
        ModelAndView page =
                new ModelAndView("error", Map.of("status", HttpStatus.BAD_REQUEST.value(), "message", message));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
