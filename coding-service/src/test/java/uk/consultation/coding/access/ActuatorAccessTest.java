package uk.consultation.coding.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.access.StaffRole;
import uk.consultation.coding.OnTestBroker;
import uk.consultation.coding.Staff;

/** The whole service: its probes are open to the platform, its metrics only to operators. */
@SpringBootTest
@AutoConfigureMockMvc
class ActuatorAccessTest extends OnTestBroker {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theReadinessProbeIsOpen() {
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
    }

    @Test
    void metricsAreForOperatorsOnly() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
        for (StaffRole role : StaffRole.values()) {
            assertThat(mvc.get().uri("/actuator/prometheus").with(Staff.signedIn(role)))
                    .hasStatus(role == StaffRole.OPERATOR ? 200 : 403);
        }
    }
}
