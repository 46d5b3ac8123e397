package uk.consultation.coding.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean
    SentenceEmbeddings sentenceEmbeddings() {
        return new SentenceEmbeddings();
    }
}
