package org.markaz.core.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.markaz.core.audit.AuditService;
import org.markaz.core.security.Actor;

/**
 * Tells a screen shown again whether anything was written since it last loaded, so that it
 * reloads only then. Every write is audited in its own transaction, so the newest audit entry's
 * number moves with each write. Reads the database: call it from background work only.
 */
public final class ChangeWatch {

    private static final long NEVER_LOOKED = -1;

    private final AuditService audit;
    private final Actor actor;
    private final AtomicLong seen = new AtomicLong(NEVER_LOOKED);

    public ChangeWatch(AuditService audit, Actor actor) {
        this.audit = audit;
        this.actor = actor;
    }

    /** Whether anything was written since the last look (the first look: yes); remembers this look. */
    public boolean changedSinceLastLook() {
        long newest = audit.newestChange(actor);
        return seen.getAndSet(newest) != newest;
    }

    /**
     * Takes the first look in the background now, as a screen starts loading its parts: shown
     * afterwards, it then reloads only what was written since. For a screen whose loads do not
     * look themselves (as a view model's load that calls {@link #changedSinceLastLook} does).
     */
    public void lookFirst(UiContext context) {
        BackgroundTask.of(this::changedSinceLastLook).onFailure(message -> forget()).run(context.tasks(), context.localization());
    }

    /** Looks in the background and, if anything was written since the last look, runs {@code reload}. */
    public void reloadIfChanged(UiContext context, Runnable reload, Consumer<String> onFailure) {
        BackgroundTask.of(this::changedSinceLastLook)
                .onSuccess(changed -> {
                    if (changed) {
                        reload.run();
                    }
                })
                .onFailure(onFailure)
                .run(context.tasks(), context.localization());
    }

    /** Forgets the last look, so the next one says "changed" (after a load that failed). */
    public void forget() {
        seen.set(NEVER_LOOKED);
    }
}
