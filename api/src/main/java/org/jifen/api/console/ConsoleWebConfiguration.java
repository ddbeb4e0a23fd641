package org.jifen.api.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The web console's pages. They are plain views (no controllers, no data): each page's scripts
 * call the {@code /api/v1} endpoints with the console session. Chinese by default, {@code ?lang=en}
 * switches to English for the session.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    /** The console's pages: path under /console/ → template under templates/console/. */
    static final String[] PAGES = {"login", "editor", "whatif", "review", "reports", "notice", "members", "ledger",
        "supermarket", "programmes", "admin"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("console/villages");
        for (String page : PAGES) {
            registry.addViewController("/console/" + page).setViewName("console/" + page);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor language = new LocaleChangeInterceptor();
        language.setParamName("lang");
        language.setIgnoreInvalidLocale(true);
        registry.addInterceptor(language).addPathPatterns("/console", "/console/**");
        registry.addInterceptor(new ConsoleUserInterceptor()).addPathPatterns("/console/**");
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ConsoleLocaleResolver();
    }

    /**
     * The console's texts: i18n/messages_zh_CN.properties (the default) and i18n/messages_en.properties;
     * the work pages' (members, 奖惩, 积分超市, administration) in i18n/work_*.properties; base score,
     * warnings, honours and the programme run page (评星评比) in i18n/points_*.properties.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/work", "i18n/points");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return messages;
    }
}
