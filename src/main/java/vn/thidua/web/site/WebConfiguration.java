package vn.thidua.web.site;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.thidua.eligibility.engine.RuleSetRegistry;

/** Pages in Vietnamese unless the user chose English (?lang=en, remembered in a cookie); award names from the rules. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("thidua-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Award names on pages come from the active rule set ({@link AwardNamesMessageSource}); the
     * bundle Spring Boot builds from {@code spring.messages.*} stays as it is configured and answers
     * every other text.
     */
    @Bean
    static BeanPostProcessor awardNamesFromTheRules(ObjectProvider<RuleSetRegistry> rules) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name) && bean instanceof MessageSource pages
                        && !(bean instanceof AwardNamesMessageSource) ? new AwardNamesMessageSource(pages, rules) : bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
