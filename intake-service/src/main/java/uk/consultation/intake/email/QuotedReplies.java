package uk.consultation.intake.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the earlier messages a reply quotes, so that a response is not counted twice and a forwarded consultation
 * email is not read as the respondent's own words.
 */
final class QuotedReplies {

    private static final Pattern ATTRIBUTION = Pattern.compile("^On\\s.*\\swrote:$");
    private static final Pattern ORIGINAL_MESSAGE =
            Pattern.compile("^-{2,}\\s*Original Message\\s*-{2,}$", Pattern.CASE_INSENSITIVE);

    private QuotedReplies() {
    }

    static String strip(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            // Mail clients wrap a long attribution ("On …, Name <address>\nwrote:") over two lines
            String withNext = i + 1 < lines.size() ? line + " " + lines.get(i + 1).strip() : line;
            if (ATTRIBUTION.matcher(line).matches() || line.startsWith("On ") && ATTRIBUTION.matcher(withNext).matches()
                    || ORIGINAL_MESSAGE.matcher(line).matches()) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(lines.get(i));
            }
        }
        return String.join("\n", kept).strip();
    }
}
