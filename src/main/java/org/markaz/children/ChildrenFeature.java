package org.markaz.children;

import java.util.List;
import java.util.Map;
import org.markaz.admissions.AdmissionsService;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.CardTabSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/** Children and families (Ctrl+5): families, their carers and children, and each child's services. */
public final class ChildrenFeature implements Feature {

    @Override
    public void addServices(Services services) {
        services.add(ChildrenService.class, new ChildrenService(services.transactions(),
                new FamilyRepository(services.auditRepository()), new ChildRepository(services.auditRepository()),
                services.centres()::code, services::recordScope, services.clock()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("children", "nav.children", 5, Permission.VIEW_FAMILIES, context -> {
            List<CardTabSpec> otherTabs = context.cardTabs().stream().filter(tab -> tab.isOpenTo(context.actor())).toList();
            ChildrenView view = new ChildrenView(new ChildrenViewModel(context.ui(), context.actor(),
                    context.services().get(ChildrenService.class), context.services().get(AdmissionsService.class)),
                    context.text(), otherTabs, spec -> spec.factory().apply(context));
            return AreaView.changedOnlyByItself(ViewLoader.load(view, context.text()), view.keysStart());
        }));
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.of("family", "audit.table.family", "carer", "audit.table.carer", "child", "audit.table.child",
                "child_carer", "audit.table.childCarer");
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new ChildrenSample());
    }

    @Override
    public List<ScaleShare> scaleShares() {
        return List.of(new ChildrenScale());
    }
}
