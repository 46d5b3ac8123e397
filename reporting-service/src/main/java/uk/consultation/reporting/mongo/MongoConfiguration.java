package uk.consultation.reporting.mongo;

import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** The database named in {@code spring.mongodb.uri}. */
    @Bean
    MongoDatabase reportingDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }
}
