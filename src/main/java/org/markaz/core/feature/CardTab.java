package org.markaz.core.feature;

import javafx.scene.Node;

/** A feature's tab on the children screen's card, told which family and child the card shows. */
public interface CardTab {

    Node root();

    /**
     * The family and the child now on the card; either may be null (a new family, a family
     * without a child chosen). Called on the JavaFX thread; reads belong in the background.
     */
    void show(Long familyId, Long childId);
}
