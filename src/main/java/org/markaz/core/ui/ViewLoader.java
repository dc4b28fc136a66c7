package org.markaz.core.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.markaz.core.i18n.Localization;

/**
 * Loads a view's FXML (beside the view class, same name) with the user's message bundle, and
 * binds it to the given view object, which the caller built with its ViewModel.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object view, Localization localization) {
        String fxml = view.getClass().getSimpleName() + ".fxml";
        URL location = view.getClass().getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("No " + fxml + " beside " + view.getClass().getName());
        }
        // JavaFX's date pickers name the months and weekdays, and start the week, by the JVM's
        // locale for formats; without this a Tajik or Russian screen's calendar spoke English
        Locale.setDefault(Locale.Category.FORMAT, localization.language().localeInTajikistan());
        FXMLLoader loader = new FXMLLoader(location, localization.bundle());
        loader.setController(view);
        try {
            Parent root = loader.load();
            TextMenus.install(root, localization);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
