package org.markaz.core.ui;

import java.time.Clock;
import org.markaz.core.i18n.Localization;

/**
 * What every ViewModel needs besides its services: the user's language, dialogs, the background
 * executor and the clock (what "today" is). ViewModels receive the services they use themselves.
 */
public record UiContext(Localization localization, DialogService dialogs, TaskExecutor tasks, Clock clock) {
}
