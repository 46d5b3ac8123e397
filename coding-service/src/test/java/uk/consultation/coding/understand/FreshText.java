package uk.consultation.coding.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fresh-text fixtures: tab-separated rows, with "#" comment lines and blank lines skipped. */
final class FreshText {

    private FreshText() {
    }

    /** The rows of a fixture on the test class path, each split at its tabs. */
    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = FreshText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No fixture " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t")).toList();
        }
    }
}
