package org.jifen.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Console pages: the language chosen in the session, Simplified Chinese until one is chosen. Every
 * other request (the API) keeps Spring's default: the Accept-Language header.
 */
final class ConsoleLocaleResolver implements LocaleResolver {

    private final SessionLocaleResolver console = new SessionLocaleResolver();
    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    ConsoleLocaleResolver() {
        console.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isConsole(request) ? console.resolveLocale(request) : api.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (isConsole(request)) {
            console.setLocale(request, response, Locale.ENGLISH.getLanguage().equals(locale == null ? null
                    : locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }
    }

    private static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/console") || path.startsWith("/console/");
    }
}
