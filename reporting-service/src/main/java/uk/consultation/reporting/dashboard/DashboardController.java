package uk.consultation.reporting.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The two pages: static HTML that reads the JSON API and follows the figure streams. */
@Controller
class DashboardController {

    @GetMapping("/dashboards/operations")
    String operations() {
        return "forward:/dashboards/operations.html";
    }

    /** The page reads the consultation id from its own address. */
    @GetMapping("/dashboards/consultations/{consultationId}")
    String consultation(@PathVariable String consultationId) {
        return "forward:/dashboards/consultation.html";
    }
}
