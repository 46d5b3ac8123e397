package uk.consultation.reporting.figures;

import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Converts between dotted counter paths and the nested documents MongoDB keeps them in: field names with dots are
 * not safe to store, while {@code $inc} on a dotted path updates the nested field.
 */
final class Counts {

    private Counts() {
    }

    static Document nest(Map<String, ? extends Number> counts) {
        Document root = new Document();
        counts.forEach((path, value) -> {
            String[] segments = path.split("\\.");
            Document parent = root;
            for (int i = 0; i < segments.length - 1; i++) {
                Document child = parent.get(segments[i], Document.class);
                if (child == null) {
                    child = new Document();
                    parent.put(segments[i], child);
                }
                parent = child;
            }
            parent.put(segments[segments.length - 1], value);
        });
        return root;
    }

    static Map<String, Long> flatten(@Nullable Document nested) {
        Map<String, Long> counts = new TreeMap<>();
        if (nested != null) {
            flatten("", nested, counts);
        }
        return counts;
    }

    private static void flatten(String prefix, Document document, Map<String, Long> counts) {
        document.forEach((name, value) -> {
            if (value instanceof Document child) {
                flatten(prefix + name + ".", child, counts);
            } else if (value instanceof Number number) {
                counts.put(prefix + name, number.longValue());
            }
        });
    }
}
