package org.jifen.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jifen.api.security.ApiKeyAuthentication;
import org.jifen.api.security.ApiKeyPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Gives every console page who is signed in ({@code me}) and the page's language ({@code lang}). */
final class ConsoleUserInterceptor implements HandlerInterceptor {

    /** The signed-in key as a page shows it: name, holder, role, its villages (empty: every village). */
    record ConsoleUser(String name, String holder, String role, List<String> villages, boolean allVillages) {
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof ApiKeyAuthentication a && a.key() != null) {
            ApiKeyPrincipal key = a.key();
            view.addObject("me", new ConsoleUser(key.name(), key.holder(), key.role().name(),
                    key.villages().stream().sorted().toList(),
                    key.role().scope() != org.jifen.api.security.Role.Scope.VILLAGES));
        }
        view.addObject("lang", LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "zh");
    }
}
