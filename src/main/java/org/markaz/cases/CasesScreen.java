package org.markaz.cases;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.markaz.core.feature.AreaContext;
import org.markaz.core.security.Permission;
import org.markaz.core.ui.AreaView;
import org.markaz.core.ui.ViewLoader;

/** The cases area: the caseloads, and in their place a case's record once one is opened (Back returns). */
final class CasesScreen {

    private CasesScreen() {
    }

    static AreaView build(AreaContext context) {
        var services = context.services();
        CaseloadsViewModel caseloads = new CaseloadsViewModel(context.ui(), context.actor(), services.get(CaseloadService.class),
                services.get(CarePlanService.class), services.centres(), services.audit());
        CaseViewModel record = new CaseViewModel(context.ui(), context.actor(), services.get(CaseloadService.class),
                services.get(CaseRecordService.class), services.get(CarePlanService.class), services.centres());
        StackPane stack = new StackPane();
        Node[] pages = new Node[2];
        CaseView caseView = new CaseView(record, context.text(), () -> {
            pages[1].setVisible(false);
            pages[0].setVisible(true);
            caseloads.load();
        });
        pages[1] = ViewLoader.load(caseView, context.text());
        CaseloadsView listView = new CaseloadsView(caseloads, context.text(), caseId -> {
            record.open(caseId);
            pages[0].setVisible(false);
            pages[1].setVisible(true);
            caseView.keysStart().requestFocus();
        });
        Parent list = ViewLoader.load(listView, context.text());
        if (context.actor().may(Permission.VIEW_CASES)) {
            GroupsViewModel groups = new GroupsViewModel(context.ui(), context.actor(), services.get(ParentingGroupService.class));
            listView.addTab("tab-groups", "groups.tab", new GroupsView(groups, context.text()).root(), groups::load);
        }
        pages[0] = list;
        pages[1].setVisible(false);
        stack.getChildren().setAll(pages);
        return new AreaView(stack, listView.keysStart(), caseloads::refreshIfChanged);
    }
}
