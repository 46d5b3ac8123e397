package uk.consultation.testsupport.structure.first;

import uk.consultation.testsupport.structure.second.Second;

/** With {@link Second}: two packages that use each other, which the structure test must find. */
public class First {

    public Second next() {
        return new Second();
    }
}
