package uk.consultation.reporting.figures;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/** The consultations figures are reported for: an unknown one is a 404 problem. */
@Component
public class ReportedConsultations {

    private final ConsultationCatalog catalog;

    ReportedConsultations(ConsultationCatalog catalog) {
        this.catalog = catalog;
    }

    public ConsultationDefinition definition(String consultationId) {
        return catalog.find(consultationId)
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "No consultation " + consultationId));
    }
}
