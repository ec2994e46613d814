package org.acervo.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.NoSuchElementException;
import org.acervo.index.NoIndexException;
import org.acervo.index.OutdatedIndexException;
import org.acervo.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns failures into answers for people: a sentence and a status, as a page or as JSON under
 * {@code /api/}. Stack traces go to the log, never to the browser.
 *
 * <ul>
 *   <li>a query, filter or parameter that cannot be read: 400 with what to fix;</li>
 *   <li>an unknown document or identifier, or an address nothing answers: 404;</li>
 *   <li>a method an address does not take: 405;</li>
 *   <li>no index yet, or one too old to search: 503 with what to do;</li>
 *   <li>anything else: 500, "see acervo.log".</li>
 * </ul>
 */
@ControllerAdvice
class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    @ExceptionHandler(IllegalArgumentException.class)
    Object badRequest(IllegalArgumentException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, said(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                HttpStatus.BAD_REQUEST,
                words().get("error.badParameter", e.getName(), String.valueOf(e.getValue())),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, words().get("error.missingParameter", e.getParameterName()), request);
    }

    @ExceptionHandler(BindException.class)
    Object badParameters(BindException e, HttpServletRequest request) {
        String message = e.getFieldError() == null
                ? words().get("error.aParameter", "null")
                : words().get(
                                "error.badParameter",
                                e.getFieldError().getField(),
                                String.valueOf(e.getFieldError().getRejectedValue()));
        return answer(HttpStatus.BAD_REQUEST, message, request);
    }

    /** A parameter whose percent-encoding or UTF-8 is broken ({@code ?q=%zz}): Tomcat could not decode it. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    Object undecodableParameter(Exception e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, words().get("error.undecodable"), request);
    }

    @ExceptionHandler(NoSuchElementException.class)
    Object notFound(NoSuchElementException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, said(e), request);
    }

    @ExceptionHandler(NoIndexException.class)
    Object noIndex(NoIndexException e, HttpServletRequest request) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, said(e), request);
    }

    @ExceptionHandler(OutdatedIndexException.class)
    Object outdatedIndex(OutdatedIndexException e, HttpServletRequest request) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, said(e), request);
    }

    /** An address nothing answers: the site's own 404 page, and nothing in the log. */
    @ExceptionHandler({
        org.springframework.web.servlet.resource.NoResourceFoundException.class,
        org.springframework.web.servlet.NoHandlerFoundException.class
    })
    Object noSuchPage(Exception e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, words().get("error.noPage", request.getRequestURI()), request);
    }

    /** A method the address does not take (POST to the search page): 405 with the site's page. */
    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(org.springframework.web.HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, words().get("error.wrongMethod", request.getMethod()), request);
    }

    @ExceptionHandler(Exception.class)
    Object failed(Exception e, HttpServletRequest request) {
        LOG.error("Request {} failed", request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, words().get("error.failed"), request);
    }

    /** The words of the request's language (Accept-Language, Spanish by default). */
    /** The error's sentence in the page's language, or its own words when it has none. */
    private static String said(Exception e) {
        return words().say(e).orElse(e.getMessage());
    }

    private static Texts words() {
        return Texts.of(LocaleContextHolder.getLocale());
    }

    private static Object answer(HttpStatus status, String message, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "error", message));
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message", message));
        page.setStatus(status);
        return page;
    }
}
