package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core's WCAG 2.2 AA rules on the page the browser shows, the script from Deque's jar (axe-core for Selenium,
 * MPL-2.0), never from the web. Every rule of those levels runs; none is turned off.
 */
final class Axe {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    /** Fails with each violated rule, its impact and the elements at fault, so that the failure says what to fix. */
    static void assertNoViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        assertThat(results.isErrored()).as("axe-core could not check %s: %s", page, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe-core's passed rules on %s", page).isNotEmpty();
        assertThat(results.getViolations().stream().map(Axe::describe).toList())
                .as("axe-core's WCAG 2.2 AA violations on %s (%s)", page, browser.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("; "));
    }
}
