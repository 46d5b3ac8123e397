package uk.consultation.intake.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies the limit to the API before its body is read, so that a flood costs intake as little as possible. The form
 * applies it itself, after binding, so that it can show the respondent's answers again with the error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration implements WebMvcConfigurer {

    private final SubmissionRateLimit limit;

    /** @param meters absent only in tests of the web layer alone */
    RateLimitConfiguration(RateLimitSettings settings, Environment environment, ObjectProvider<MeterRegistry> meters) {
        this.limit = new SubmissionRateLimit(settings, forwardedHeadersIgnored(environment));
        meters.ifAvailable(registry -> Gauge
                .builder("intake.rate.limit.clients", limit, SubmissionRateLimit::remembered)
                .description("Clients and IPv6 sites whose allowance is remembered, of intake.rate-limit.clients")
                .register(registry));
    }

    /** As Spring Boot decides it: unset means native only on a cloud platform that puts a proxy in front. */
    private static boolean forwardedHeadersIgnored(Environment environment) {
        String strategy = environment.getProperty("server.forward-headers-strategy");
        if (strategy == null) {
            CloudPlatform platform = CloudPlatform.getActive(environment);
            return platform == null || !platform.isUsingForwardHeaders();
        }
        return strategy.equalsIgnoreCase("none");
    }

    @Bean
    SubmissionRateLimit submissionRateLimit() {
        return limit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                limit.take(request);
                return true;
            }
        }).addPathPatterns("/api/v1/consultations/*/responses");
    }
}
