package org.markaz.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.markaz.core.ProgressListener;
import org.markaz.core.i18n.Localization;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;
import org.markaz.core.pdf.TextStyle;

/**
 * The care plan as printed for case reviews, in the GIRFEC child's plan layout: about the child,
 * the people, why there is a plan, the wellbeing assessment by SHANARRI indicator, the action plan
 * (its rows split cleanly across pages by the document layer), contingency, review date and
 * history, signature lines. In the language chosen when printing; names as written.
 */
public final class CarePlanPdf {

    private static final float ACTION_FONT = 8;

    private CarePlanPdf() {
    }

    /** One plan, or a batch (each plan from a new page), in one PDF; cancelled work writes nothing. */
    public static void write(List<PlanPrint> plans, String centreName, Localization text, OutputStream out,
                             ProgressListener progress) throws IOException {
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.PORTRAIT)
                .header(centreName, text.text("pdf.plan.title"))
                .footer(text.text("pdf.confidential"), (page, total) -> text.text("pdf.pageOf", page, total));
        int done = 0;
        for (PlanPrint plan : plans) {
            if (progress.isCancelled()) {
                return;
            }
            if (done > 0) {
                document.pageBreak();
            }
            add(document, plan, text);
            progress.progress(++done, plans.size(), "plan.printing");
        }
        document.writeTo(out);
    }

    private static void add(PdfDocument.Builder document, PlanPrint print, Localization text) {
        CarePlan plan = print.plan();
        CaseRow row = print.details().row();
        document.heading(text.text("pdf.plan.heading", row.familyCode(), plan.version(), text.text(plan.status().nameKey())));

        document.paragraph(text.text("pdf.plan.aboutChild"), TextStyle.BOLD.withSize(12));
        List<Map.Entry<String, String>> children = new ArrayList<>();
        for (CaseDetails.ChildOnCase child : print.details().children()) {
            children.add(Map.entry(child.fullName(), text.text("pdf.plan.born", text.formatDate(child.dateOfBirth()))));
        }
        document.keyValues(children);

        document.paragraph(text.text("pdf.plan.people"), TextStyle.BOLD.withSize(12));
        List<Map.Entry<String, String>> people = new ArrayList<>();
        for (PlanPrint.Carer carer : print.carers()) {
            String relation = carer.relationship() == null ? text.text("pdf.plan.carer") : text.text(carer.relationship().nameKey());
            people.add(Map.entry(relation, carer.phone() == null ? carer.fullName() : carer.fullName() + ", " + carer.phone()));
        }
        people.add(Map.entry(text.text("cases.keyWorker"), row.keyWorkerName() == null ? text.text("cases.unassigned") : row.keyWorkerName()));
        people.add(Map.entry(text.text("cases.type"), text.text(row.type().nameKey())));
        people.add(Map.entry(text.text("cases.openedOn"), text.formatDate(row.openedOn())));
        if (row.programmeEndsOn() != null) {
            people.add(Map.entry(text.text("cases.programmeEndsOn"), text.formatDate(row.programmeEndsOn())));
        }
        document.keyValues(people);

        document.paragraph(text.text("plan.reasons"), TextStyle.BOLD.withSize(12));
        document.paragraph(orDash(plan.reasons()));

        document.paragraph(text.text("pdf.plan.wellbeing"), TextStyle.BOLD.withSize(12));
        AssessmentDetails assessment = print.assessment();
        if (assessment == null) {
            document.paragraph(text.text("pdf.plan.notAssessed"));
        } else {
            document.paragraph(text.text("pdf.plan.assessedOn", text.formatDate(assessment.assessedOn())), TextStyle.SMALL);
            Table scores = Table.of(Table.column(text.text("plan.indicator"), 1.2f),
                    Table.column(text.text("pdf.plan.score"), 3.2f), Table.column(text.text("pdf.plan.notes"), 2.6f))
                    .fontSize(ACTION_FONT + 0.5f);
            for (Indicator indicator : Indicator.values()) {
                AssessmentDetails.Score score = assessment.scores().get(indicator);
                scores.row(text.text(indicator.nameKey()), score == null ? "—" : text.text(indicator.guidanceKey(score.score())),
                        score == null ? "" : orEmpty(score.note()));
            }
            document.table(scores);
            document.keyValues(List.of(
                    Map.entry(text.text("assessment.growDevelop"), orDash(assessment.growDevelop())),
                    Map.entry(text.text("assessment.careNeeds"), orDash(assessment.careNeeds())),
                    Map.entry(text.text("assessment.widerWorld"), orDash(assessment.widerWorld())),
                    Map.entry(text.text("assessment.childViews"), orDash(assessment.childViews())),
                    Map.entry(text.text("assessment.parentViews"), orDash(assessment.parentViews()))));
        }

        // the action plan starts a page of its own: its title is never left alone at the foot of the assessment
        document.pageBreak();
        document.paragraph(text.text("pdf.plan.actions"), TextStyle.BOLD.withSize(12));
        Table actions = Table.of(Table.column("№", 0.35f, Table.Align.RIGHT), Table.column(text.text("plan.indicator"), 1.45f),
                        Table.column(text.text("plan.need"), 1.35f), Table.column(text.text("plan.outcomeWanted"), 1.4f),
                        Table.column(text.text("plan.whatWeDo"), 1.85f), Table.column(text.text("plan.howWeKnow"), 1.45f),
                        Table.column(text.text("plan.byWhen"), 1, Table.Align.CENTER), Table.column(text.text("plan.who"), 1.1f))
                .fontSize(ACTION_FONT);
        int number = 0;
        for (PlanAction action : plan.actions()) {
            actions.row(Integer.toString(++number), text.text(action.indicator().nameKey()), action.need(), action.outcomeWanted(),
                    action.whatWeDo(), action.howWeKnow(), text.formatDate(action.byWhen()), action.who());
        }
        document.table(actions);

        document.paragraph(text.text("plan.contingency"), TextStyle.BOLD.withSize(12));
        document.paragraph(orDash(plan.contingency()));

        document.paragraph(text.text("pdf.plan.agreementAndReview"), TextStyle.BOLD.withSize(12));
        List<Map.Entry<String, String>> review = new ArrayList<>();
        review.add(Map.entry(text.text("plan.parentsAgreedOn"), plan.parentsAgreedOn() == null ? text.text("pdf.plan.notYet")
                : text.formatDate(plan.parentsAgreedOn())));
        review.add(Map.entry(text.text("plan.approvedOn"), plan.approvedOn() == null ? text.text("pdf.plan.notYet")
                : text.text("pdf.plan.approvedBy", text.formatDate(plan.approvedOn()), plan.approvedBy())));
        review.add(Map.entry(text.text("pdf.plan.reviewDue"), plan.reviewDueOn() == null ? text.text("pdf.plan.afterApproval")
                : text.formatDate(plan.reviewDueOn())));
        document.keyValues(review);

        List<CarePlan> reviewed = new ArrayList<>(print.earlierVersions().stream().filter(p -> p.review() != null).toList());
        if (plan.review() != null) {
            reviewed.add(plan);
        }
        if (!reviewed.isEmpty()) {
            document.paragraph(text.text("pdf.plan.reviewHistory"), TextStyle.BOLD.withSize(12));
            Table history = Table.of(Table.column(text.text("pdf.plan.version"), 0.7f, Table.Align.CENTER),
                            Table.column(text.text("review.heldOn"), 1, Table.Align.CENTER),
                            Table.column(text.text("review.attendees"), 2), Table.column(text.text("pdf.plan.progress"), 1.6f),
                            Table.column(text.text("review.decisions"), 2.6f))
                    .fontSize(ACTION_FONT + 0.5f);
            reviewed.stream().sorted(java.util.Comparator.comparingInt(CarePlan::version)).forEach(version -> {
                CarePlan.Review r = version.review();
                history.row(Integer.toString(version.version()), text.formatDate(r.heldOn()), r.attendees(),
                        progress(r.progress(), text), orEmpty(r.decisions()));
            });
            document.table(history);
        }
        document.spacer(12);
        document.signatureLines(List.of(text.text("pdf.plan.signParent"), text.text("pdf.plan.signKeyWorker"),
                text.text("pdf.plan.signDirector")));
    }

    private static String progress(Map<Long, Progress> progress, Localization text) {
        long done = progress.values().stream().filter(p -> p == Progress.DONE).count();
        long partly = progress.values().stream().filter(p -> p == Progress.PARTLY).count();
        long notDone = progress.values().stream().filter(p -> p == Progress.NOT_DONE).count();
        return text.text("pdf.plan.progressCounts", done, partly, notDone);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
