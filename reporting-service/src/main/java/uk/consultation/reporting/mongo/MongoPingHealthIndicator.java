package uk.consultation.reporting.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/**
 * Reports the store as up when it answers {@code ping}. Replaces Boot's indicator, which sends {@code hello}: the
 * embedded mongo-java-server the local stack runs does not know that command.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(PING);
        builder.up().withDetail("database", database.getName());
    }
}
