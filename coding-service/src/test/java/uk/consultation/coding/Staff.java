package uk.consultation.coding;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.consultation.access.StaffRole;

/** Requests from a member of staff. Per request, not per test: awaited requests run on other threads. */
public final class Staff {

    private Staff() {
    }

    /** Signed in as the role's local user, with the CSRF token the service's pages would give. */
    public static RequestPostProcessor signedIn(StaffRole role) {
        return request -> csrf().postProcessRequest(
                user(role.localUser()).roles(role.role()).postProcessRequest(request));
    }
}
