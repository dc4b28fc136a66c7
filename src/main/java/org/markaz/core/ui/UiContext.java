package org.markaz.core.ui;

import org.markaz.core.Services;
import org.markaz.core.i18n.Localization;

/** What every ViewModel needs: the services, the user's language, dialogs, and the background executor. */
public record UiContext(Services services, Localization localization, DialogService dialogs, TaskExecutor tasks) {
}
