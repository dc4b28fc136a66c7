package org.markaz.core.audit;

import java.time.ZoneId;
import java.util.List;
import org.markaz.core.db.Transactions;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Permission;

/** Reading the audit trail: directors and administrators only. */
public final class AuditService {

    public static final int PAGE_SIZE = 100;

    private final Transactions transactions;
    private final AuditRepository audit;
    private final AuditChangeRepository changes = new AuditChangeRepository();
    private final ZoneId zone;

    public AuditService(Transactions transactions, AuditRepository audit, ZoneId zone) {
        this.transactions = transactions;
        this.audit = audit;
        this.zone = zone;
    }

    /** One page of matching entries, newest first, with the total count for the pager. */
    public AuditPage search(Actor actor, AuditFilter filter, int pageIndex) {
        actor.require(Permission.VIEW_AUDIT);
        return transactions.result(tx -> new AuditPage(
                audit.search(tx, filter, zone, pageIndex * PAGE_SIZE, PAGE_SIZE),
                audit.count(tx, filter, zone),
                pageIndex));
    }

    /**
     * The number of the newest change. Every write is audited in its own transaction, so a
     * screen that remembers this number can tell whether anything changed since it loaded. It
     * tells nothing of what changed, so any signed-in user may ask.
     */
    public long newestChange(Actor actor) {
        actor.require(Permission.VIEW_CENTRE);
        return transactions.result(audit::newestId);
    }

    /** The fields an entry changed, each value typed, coded values named and references resolved, in the actor's language. */
    public List<FieldChange> changes(Actor actor, long entryId) {
        actor.require(Permission.VIEW_AUDIT);
        return transactions.result(tx -> audit.entry(tx, entryId)
                .map(entry -> changes.changes(tx, entry, actor.language()))
                .orElse(List.of()));
    }

    public List<String> actors(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return transactions.result(audit::actors);
    }

    public List<String> tableNames(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return transactions.result(audit::tableNames);
    }

    public record AuditPage(List<AuditEntry> entries, int totalCount, int pageIndex) {
        public int pageCount() {
            return Math.max(1, (totalCount + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }
}
