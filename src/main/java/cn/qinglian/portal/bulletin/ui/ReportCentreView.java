package cn.qinglian.portal.bulletin.ui;

import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.bulletin.BulletinRow;
import cn.qinglian.portal.bulletin.BulletinService;
import cn.qinglian.portal.cadre.ArchiveCard;
import cn.qinglian.portal.cadre.ArchiveCardReport;
import cn.qinglian.portal.cadre.ArchiveCardService;
import cn.qinglian.portal.cadre.ui.EligibilityReviewView;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceListReport;
import cn.qinglian.portal.letter.LetterBoard;
import cn.qinglian.portal.letter.LetterFilter;
import cn.qinglian.portal.letter.LetterPrinting;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 报表中心: every printable document of the portal in one place, each with its parameters, a preview in the
 * browser and its downloads. The services decide what the reader may print: a village user gets only the
 * village's own documents.
 */
@Route("reports")
@PageTitle("报表中心")
@Menu(title = "报表中心", order = 610, icon = "vaadin:print")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class ReportCentreView extends VerticalLayout {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final BulletinService bulletins;
    private final ClearanceListReport clearanceList;
    private final LetterPrinting letters;
    private final LetterService letterService;
    private final ArchiveCardService cards;
    private final ArchiveCardReport cardReport;
    final Select<Integer> year = new Select<>();
    final ComboBox<LetterBoard.Row> village = new ComboBox<>("村居");
    final ComboBox<BulletinRow> bulletin = new ComboBox<>("已印发的通报");

    public ReportCentreView(BulletinService bulletins, ClearanceListReport clearanceList, LetterPrinting letters,
                            LetterService letterService, ArchiveCardService cards, ArchiveCardReport cardReport,
                            Clock clock) {
        this.bulletins = bulletins;
        this.clearanceList = clearanceList;
        this.letters = letters;
        this.letterService = letterService;
        this.cards = cards;
        this.cardReport = cardReport;
        setWidthFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel("年度");
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "年");
        year.setValue(thisYear);
        village.setItemLabelGenerator(LetterBoard.Row::villageName);
        village.setPlaceholder("请选择村居");
        village.setWidth("16rem");
        year.addValueChangeListener(e -> villages());
        villages();
        HorizontalLayout parameters = new HorizontalLayout(year, village);
        parameters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph("选择年度和村居，再预览或下载下列文书。文书内容以您的权限范围为准。"), parameters);

        if (bulletins.canRead()) {
            bulletin.setItemLabelGenerator(r -> r.documentNumber() + "　" + r.period());
            bulletin.setWidth("24rem");
            showIssued();
            year.addValueChangeListener(e -> showIssued());
            add(section("月度通报", "按GB/T 9704格式印发的月度通报（已印发的为存档原件）；草稿在“月度通报”中编辑和预览。",
                    List.of(bulletin, new RouterLink("全部通报", BulletinsView.class)),
                    () -> pdf("月度通报", () -> bulletins.pdf(chosenBulletin())),
                    download("PDF", Downloads.PDF, "月度通报.pdf", () -> bulletins.pdf(chosenBulletin())),
                    download("Word", DOCX, "月度通报.docx", () -> bulletins.docx(chosenBulletin())),
                    download("Excel", Downloads.XLSX, "月度通报表格.xlsx", () -> bulletins.xlsx(chosenBulletin()))));
        }
        add(section("清单事项一览表", "所选村居的问题、责任、任务清单事项（不选村居则为权限范围内全部事项，A4横向）。", List.of(),
                () -> pdf("清单事项一览表", this::clearancePdf),
                download("PDF", Downloads.PDF, "清单事项一览表.pdf", this::clearancePdf)));
        add(section("廉洁承诺书（村居批量）", "所选村居、年度的全部承诺书，每人一页。", List.of(),
                () -> pdf("廉洁承诺书", this::letterBatch),
                download("PDF", Downloads.PDF, "廉洁承诺书.pdf", this::letterBatch)));
        add(section("廉洁承诺书汇总表", "所选年度（和村居）的承诺书签订、公示、评议情况。", List.of(),
                () -> pdf("廉洁承诺书汇总表", this::letterSummary),
                download("PDF", Downloads.PDF, "廉洁承诺书汇总表.pdf", this::letterSummary),
                download("Excel", Downloads.XLSX, "廉洁承诺书汇总表.xlsx",
                        () -> letters.summaryXlsx(letterFilter()))));
        add(section("廉洁档案卡", "所选村居在任干部的廉洁档案卡，每人一页。", List.of(),
                () -> pdf("廉洁档案卡", this::archiveCards),
                download("PDF", Downloads.PDF, "廉洁档案卡.pdf", this::archiveCards)));
        add(section("任职资格联审表", "在“任职资格联审”中录入候选人并审查后打印。",
                List.of(new RouterLink("前往任职资格联审", EligibilityReviewView.class)), null));
    }

    /** The year's issued bulletins, the newest chosen. */
    private void showIssued() {
        List<BulletinRow> issued = bulletins.list(year.getValue(), null).stream().filter(BulletinRow::issued).toList();
        bulletin.setItems(issued);
        bulletin.setValue(issued.isEmpty() ? null : issued.getFirst());
    }

    private void villages() {
        try {
            village.setItems(letterService.board(year.getValue()).villages());
        } catch (RuntimeException e) {
            village.setItems(List.of());
        }
    }

    private long chosenBulletin() {
        BulletinRow r = bulletin.getValue();
        if (r == null) {
            throw new cn.qinglian.portal.base.ValidationFailedException("bulletin", "请先选择一份已印发的通报");
        }
        return r.id();
    }

    private long chosenVillage() {
        LetterBoard.Row r = village.getValue();
        if (r == null) {
            throw new cn.qinglian.portal.base.ValidationFailedException("village", "请先选择村居");
        }
        return r.villageId();
    }

    private byte[] clearancePdf() {
        LetterBoard.Row r = village.getValue();
        return clearanceList.pdf(ClearanceFilter.ALL.withVillage(r == null ? null : r.villageId()));
    }

    private byte[] letterBatch() {
        return letters.villageBatch(chosenVillage(), year.getValue(), (done, total) -> { });
    }

    private LetterFilter letterFilter() {
        LetterBoard.Row r = village.getValue();
        return LetterFilter.year(year.getValue()).withVillage(r == null ? null : r.villageId());
    }

    private byte[] letterSummary() {
        return letters.summaryPdf(letterFilter());
    }

    private byte[] archiveCards() {
        List<ArchiveCard> list = new ArrayList<>();
        for (Long cadre : cards.servingCadresOf(chosenVillage())) {
            list.add(cards.card(cadre));
        }
        if (list.isEmpty()) {
            throw new cn.qinglian.portal.base.ValidationFailedException("village", "该村居没有在任干部");
        }
        return cardReport.batchPdf(list, (done, total) -> { });
    }

    private static void pdf(String title, SerializableSupplier<byte[]> content) {
        PdfPreview.show(title, title + ".pdf", content);
    }

    private static Component download(String text, String type, String fileName, SerializableSupplier<byte[]> content) {
        return Downloads.button(text, VaadinIcon.DOWNLOAD, Downloads.bytes(fileName, type, content));
    }

    private static Component section(String title, String help, List<Component> parameters,
                                     Runnable preview, Component... downloads) {
        Div card = new Div();
        card.addClassName("report-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        H3 h = new H3(title);
        h.getStyle().set("margin", "0");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        parameters.forEach(actions::add);
        if (preview != null) {
            Button show = new Button("预览", VaadinIcon.EYE.create(), e -> preview.run());
            show.getElement().setAttribute("data-report", title);
            actions.add(show);
        }
        actions.add(downloads);
        card.add(h, new Paragraph(help), actions);
        return card;
    }
}
