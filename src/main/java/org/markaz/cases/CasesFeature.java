package org.markaz.cases;

import java.util.List;
import java.util.Map;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.AreaSpec;
import org.markaz.core.feature.CardTabSpec;
import org.markaz.core.feature.Feature;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.feature.ScaleShare;
import org.markaz.core.feature.Services;
import org.markaz.core.feature.TodayItem;
import org.markaz.core.security.Permission;

/**
 * Key workers' caseloads, cases, GIRFEC assessments, care plans and case notes (issue 11): the
 * caseloads area, a tab on the children screen's card, and the printed care plan.
 */
public final class CasesFeature implements Feature {

    @Override
    public void addServices(Services services) {
        CaseRepository cases = new CaseRepository(services.auditRepository());
        CaseRecordRepository records = new CaseRecordRepository(services.auditRepository());
        CaseloadService caseloads = new CaseloadService(services.transactions(), cases, services.settings(), services.clock());
        services.add(CaseloadService.class, caseloads);
        services.add(CaseRecordService.class, new CaseRecordService(services.transactions(), records, caseloads));
        services.add(CarePlanService.class, new CarePlanService(services.transactions(),
                new CarePlanRepository(services.auditRepository()), cases, records, caseloads));
        services.add(ParentingGroupService.class, new ParentingGroupService(services.transactions(),
                new ParentingGroupRepository(services.auditRepository()), services.clock()));
    }

    @Override
    public List<AreaSpec> areas() {
        return List.of(new AreaSpec("cases", "nav.cases", 4, Permission.VIEW_CASELOADS, CasesScreen::build));
    }

    @Override
    public List<CardTabSpec> cardTabs() {
        return List.of(new CardTabSpec("cases", "cases.cardTab", Permission.VIEW_CASELOADS, context -> new CasesCardTab(
                new CasesTabViewModel(context.ui(), context.actor(), context.services().get(CaseloadService.class),
                        context.services().get(ChildrenService.class)), context.text())));
    }

    @Override
    public List<TodayItem> todayItems(Services services) {
        return List.of(new CasesTodayItem(services.get(CaseloadService.class)));
    }

    @Override
    public List<SampleShare> sampleShares() {
        return List.of(new CasesSample());
    }

    @Override
    public List<ScaleShare> scaleShares() {
        return List.of(new CasesScale());
    }

    @Override
    public Map<String, String> auditedTables() {
        return Map.ofEntries(Map.entry("family_case", "audit.table.familyCase"), Map.entry("case_child", "audit.table.caseChild"),
                Map.entry("case_outcome", "audit.table.caseOutcome"), Map.entry("case_assignment", "audit.table.caseAssignment"),
                Map.entry("case_cover", "audit.table.caseCover"), Map.entry("assessment", "audit.table.assessment"),
                Map.entry("assessment_score", "audit.table.assessmentScore"),
                Map.entry("chronology_event", "audit.table.chronologyEvent"), Map.entry("care_plan", "audit.table.carePlan"),
                Map.entry("care_plan_action", "audit.table.carePlanAction"),
                Map.entry("care_plan_review", "audit.table.carePlanReview"),
                Map.entry("review_progress", "audit.table.reviewProgress"), Map.entry("case_note", "audit.table.caseNote"),
                Map.entry("parenting_group", "audit.table.parentingGroup"),
                Map.entry("parenting_group_carer", "audit.table.parentingGroupCarer"),
                Map.entry("parenting_session", "audit.table.parentingSession"),
                Map.entry("parenting_attendance", "audit.table.parentingAttendance"));
    }

    @Override
    public List<org.markaz.core.feature.IndicatorSource> indicators(Services services) {
        return List.of(new CasesIndicators(new CasesIndicatorsRepository()));
    }
}
