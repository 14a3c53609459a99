package vn.thidua.dossier;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.system.ThiduaProperties;

/** The request reader, with the size limits an operator can set. */
@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

    @Bean
    RequestReader requestReader(ThiduaProperties properties, Clock clock) {
        return new RequestReader(properties.imports().maxBytes(), properties.imports().maxTextLength(), clock);
    }
}
