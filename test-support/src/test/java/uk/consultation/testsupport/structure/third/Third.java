package uk.consultation.testsupport.structure.third;

import uk.consultation.testsupport.structure.first.First;

/** Uses a package that does not use it back: no cycle. */
public class Third {

    public First first() {
        return new First();
    }
}
