package vn.thidua.dossier;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request reader, with the size limits an operator can set. */
@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

    @Bean
    RequestReader requestReader(@Value("${thidua.import.max-bytes:104857600}") long maxBytes,
            @Value("${thidua.import.max-text-length:10000}") int maxTextLength, Clock clock) {
        return new RequestReader(maxBytes, maxTextLength, clock);
    }
}
