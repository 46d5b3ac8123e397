package uk.consultation.intake.form;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/** Serves the GOV.UK Frontend stylesheet, script, fonts and images from its WebJar: no CDN, no npm. */
@Configuration(proxyBeanMethods = false)
class GovukFrontendResources implements WebMvcConfigurer {

    private static final String WEBJAR = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException("The " + WEBJAR + " WebJar is not on the class path");
        }
        String dist = "classpath:/META-INF/resources/webjars/" + WEBJAR + "/" + version + "/dist/govuk/";
        registry.addResourceHandler("/govuk-frontend/**").addResourceLocations(dist);
        // The stylesheet refers to its fonts and images at /assets/, as GOV.UK Frontend expects to be served.
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/");
    }
}
