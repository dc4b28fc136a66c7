package org.markaz.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.markaz.core.i18n.Localization;
import org.markaz.core.security.ProgramActor;
import org.markaz.core.pdf.PageOrientation;
import org.markaz.core.pdf.PdfDocument;
import org.markaz.core.pdf.Table;

/**
 * A case's chronology on paper, for a review or the Child Rights Unit: the case, then everything
 * that happened by date in one table whose rows split cleanly across pages; the centre's name,
 * "Confidential" and page X of Y on every page, as the care plan.
 */
public final class ChronologyPdf {

    private ChronologyPdf() {
    }

    public static void write(CaseDetails details, List<ChronologyItem> items, String centreName, Localization text,
                             OutputStream out) throws IOException {
        CaseRow row = details.row();
        PdfDocument.Builder document = PdfDocument.builder(PageOrientation.PORTRAIT)
                .header(centreName, text.text("pdf.chronology.title"))
                .footer(text.text("pdf.confidential"), (page, total) -> text.text("pdf.pageOf", page, total))
                .heading(text.text("pdf.chronology.heading", row.familyCode()));
        List<Map.Entry<String, String>> about = new ArrayList<>();
        for (CaseDetails.ChildOnCase child : details.children()) {
            about.add(Map.entry(child.fullName(), text.text("pdf.plan.born", text.formatDate(child.dateOfBirth()))));
        }
        about.add(Map.entry(text.text("cases.type"), text.text(row.type().nameKey())));
        about.add(Map.entry(text.text("cases.keyWorker"), row.keyWorkerName() == null ? text.text("cases.unassigned")
                : row.keyWorkerName()));
        document.keyValues(about);
        Table table = Table.of(Table.column(text.text("chronology.on"), 1.5f), Table.column(text.text("chronology.what"), 1.8f),
                Table.column(text.text("chronology.detail"), 6), Table.column(text.text("chronology.who"), 2));
        for (ChronologyItem item : items) {
            table.row(item.on() == null ? "" : text.formatDate(item.on()), text.text(item.kind().nameKey()),
                    item.detail() == null ? "" : item.detail(), item.who() == null ? "" : ProgramActor.shown(item.who(), text));
        }
        document.table(table);
        document.writeTo(out);
    }
}
