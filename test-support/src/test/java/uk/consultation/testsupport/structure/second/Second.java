package uk.consultation.testsupport.structure.second;

import uk.consultation.testsupport.structure.first.First;

public class Second {

    public First back() {
        return new First();
    }
}
