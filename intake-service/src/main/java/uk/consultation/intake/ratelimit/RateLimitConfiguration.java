package uk.consultation.intake.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the limit to the API before its body is read, so that a flood costs intake as little as possible. The form
 * applies it itself, after binding, so that it can show the respondent's answers again with the error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration implements WebMvcConfigurer {

    private final SubmissionRateLimit limit;

    RateLimitConfiguration(RateLimitSettings settings) {
        this.limit = new SubmissionRateLimit(settings);
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
