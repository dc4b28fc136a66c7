package org.markaz.audit;

import org.markaz.audit.AuditLogViewModel;
import org.markaz.audit.AuditLogView;
import java.util.List;
import java.util.Map;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/** The audit log's area (Ctrl+9): who changed what and when, for directors and administrators. */
public final class AuditLogFeature implements Feature {

    private final Map<String, String> tableNames;

    /** {@code tableNames}: every audited table's records in the user's words, the core's and each feature's. */
    public AuditLogFeature(Map<String, String> tableNames) {
        this.tableNames = tableNames;
    }

    @Override
    public void addServices(Services services) {
        // the audit service is the core's
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("audit", "nav.audit", 9, Permission.VIEW_AUDIT, context -> {
            AuditLogViewModel viewModel = new AuditLogViewModel(context.ui(), context.actor(), context.services().audit(),
                    tableNames);
            var root = ViewLoader.load(new AuditLogView(viewModel, context.text()), context.text());
            return new AreaView(root, root, viewModel::refreshIfChanged);
        }));
    }

    @Override
    public Map<String, String> auditedTables() {
        return AuditLogViewModel.CORE_TABLE_NAMES;
    }
}
