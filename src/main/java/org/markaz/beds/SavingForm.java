package org.markaz.beds;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/** A form of the beds area that saves in the background and says when it has saved or why not. */
interface SavingForm {

    void save();

    StringProperty messageProperty();

    BooleanProperty busyProperty();

    BooleanProperty savedProperty();
}
