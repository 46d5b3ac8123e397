package uk.consultation.coding;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import uk.consultation.coding.code.Calibration;
import uk.consultation.coding.code.ResponseCoder;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.theme.ThemeCoder;
import uk.consultation.coding.theme.ThemeSettings;
import uk.consultation.coding.understand.FreeTextCoder;
import uk.consultation.coding.understand.UnderstandingSettings;

/** The coder as the service builds it, with the settings of its application.yml, for tests without Spring. */
public final class TestCoding {

    private static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();

    public static final UnderstandingSettings SETTINGS = settings("coding.understanding", UnderstandingSettings.class);

    private static final FreeTextCoder FREE_TEXT = new FreeTextCoder(EMBEDDINGS, SETTINGS);

    /** The coder as the service builds it, its confidences calibrated by the fitted calibration.tsv. */
    public static final ResponseCoder CODER = new ResponseCoder(FREE_TEXT, new Calibration());

    /** The same coder with its raw scores as confidences, which the calibration is fitted on. */
    public static final ResponseCoder UNCALIBRATED_CODER = new ResponseCoder(FREE_TEXT, Calibration.none());

    private static final ThemeSettings THEME_SETTINGS = settings("coding.themes", ThemeSettings.class);

    /** The theme coder as the service builds it, which codes themes after {@link #CODER}. */
    public static final ThemeCoder THEMES = new ThemeCoder(EMBEDDINGS, THEME_SETTINGS);

    private TestCoding() {
    }

    /** Settings bound from the service's application.yml under the prefix, as the service binds them. */
    public static <T> T settings(String prefix, Class<T> type) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Binder.get(environment).bind(prefix, type).get();
    }
}
