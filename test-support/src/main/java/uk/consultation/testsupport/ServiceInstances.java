package uk.consultation.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/** Instances of a service started side by side in one JVM, as several run against one broker. */
public final class ServiceInstances {

    /**
     * The service as it runs, with the arguments (which come before application.yml), but without the other tests'
     * own configurations, which its component scan would otherwise find.
     */
    public static ConfigurableApplicationContext start(Class<?> application, String... arguments) {
        return new SpringApplicationBuilder(application).initializers(context -> context.getBeanFactory()
                .registerSingleton("testConfigurationsLeftOut", new TestConfigurationsLeftOut())).run(arguments);
    }

    /** A port free now, for an instance to listen on. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class TestConfigurationsLeftOut extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory readers) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestConfigurationsLeftOut;
        }

        @Override
        public int hashCode() {
            return TestConfigurationsLeftOut.class.hashCode();
        }
    }

    private ServiceInstances() {
    }
}
