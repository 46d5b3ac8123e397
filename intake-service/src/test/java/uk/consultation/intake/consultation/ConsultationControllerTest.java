package uk.consultation.intake.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.consultation.intake.consultation.ConsultationRegistry.Registrant;
import uk.consultation.intake.consultation.ConsultationRegistry.Registration;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/** Who may register what: administrators any consultation, analysts only new codeframe versions of existing ones. */
@WebMvcTest(ConsultationController.class)
class ConsultationControllerTest {

    private static final ConsultationDefinition EXAMPLE = ConsultationDefinitions.bundled("integrated-communities-2018");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    ConsultationRegistry registry;

    @Test
    void anAnalystRegistersANewCodeframeVersionOfAnExistingConsultation() throws Exception {
        ConsultationDefinition newVersion = withId(EXAMPLE.id(), EXAMPLE.codeframeVersion() + 1);
        given(registry.register(any(), eq(new Registrant("coding", false)))).willReturn(Registration.REGISTERED);

        mvc.perform(registering(newVersion).with(user("coding").roles("ANALYST")))
                .andExpect(status().isCreated());
    }

    @Test
    void anAnalystCannotOpenANewConsultation() throws Exception {
        given(registry.register(any(), eq(new Registrant("analyst", false))))
                .willReturn(Registration.forbidden(List.of()));

        mvc.perform(registering(withId("bus-services", 1)).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("administrator")));
    }

    @Test
    void aForbiddenChangeNamesTheFieldsItChanges() throws Exception {
        given(registry.register(any(), eq(new Registrant("analyst", false))))
                .willReturn(Registration.forbidden(List.of("title", "closes")));

        mvc.perform(registering(withId(EXAMPLE.id(), 2)).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("title, closes")))
                .andExpect(jsonPath("$.changed[1]").value("closes"));
    }

    @Test
    void anAdministratorOpensANewConsultation() throws Exception {
        ConsultationDefinition buses = withId("bus-services", 1);
        given(registry.register(any(), eq(new Registrant("admin", true)))).willReturn(Registration.REGISTERED);

        mvc.perform(registering(buses).with(user("admin").roles("ADMIN"))).andExpect(status().isCreated());
    }

    private static ConsultationDefinition withId(String id, int codeframeVersion) {
        return new ConsultationDefinition(id, EXAMPLE.title(), EXAMPLE.department(), EXAMPLE.timeZone(),
                EXAMPLE.opens(), EXAMPLE.closes(), codeframeVersion, EXAMPLE.questions(), EXAMPLE.retainTextFor());
    }

    private static MockHttpServletRequestBuilder registering(ConsultationDefinition definition) {
        return post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
                .content(EventJson.toBytes(definition));
    }
}
