package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.Uploads;
import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.EligibilityReviewService;
import cn.qinglian.portal.cadre.EligibilityReviewService.Candidate;
import cn.qinglian.portal.cadre.EligibilitySheetReport;
import cn.qinglian.portal.cadre.EligibilityVerdict;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 任职资格联审: one person by name and ID number, or a batch from an xlsx; the verdicts of this
 * session collect in one list that prints as the 联审表 for the offices to sign.
 */
@Route("cadres/eligibility")
@PageTitle("任职资格联审")
@Menu(title = "任职资格联审", order = 120, icon = "vaadin:check-square-o")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE})
public class EligibilityReviewView extends VerticalLayout {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final TextField name = new TextField("姓名");
    private final TextField idNumber = new TextField("身份证号");
    private final Button review = new Button("联审", VaadinIcon.SEARCH.create());
    private final Div verdictCard = new Div();
    private final Upload upload;
    private final Span uploadError = Uploads.errorLine();
    private final Grid<EligibilityVerdict> results = new Grid<>(EligibilityVerdict.class, false);
    private final TextField sheetTitle = new TextField();
    private final List<EligibilityVerdict> verdicts = new ArrayList<>();
    private final EligibilityReviewService eligibility;
    private final Span count = new Span();

    public EligibilityReviewView(EligibilityReviewService eligibility, EligibilitySheetReport sheetReport) {
        this.eligibility = eligibility;
        setSizeFull();
        idNumber.setMaxLength(18);
        idNumber.setWidth("16em");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        review.addClickListener(e -> reviewOne());
        HorizontalLayout single = new HorizontalLayout(name, idNumber, review);
        single.setAlignItems(FlexComponent.Alignment.BASELINE);
        verdictCard.addClassName("verdict-card");
        verdictCard.setVisible(false);

        upload = Uploads.inMemory((meta, bytes) -> reviewBatch(bytes), MAX_BYTES, 1, "选择名单文件…", ".xlsx");
        upload.setWidth("28rem");
        upload.addFileRejectedListener(e -> Uploads.show(uploadError, e.getErrorMessage()));
        Span batchHint = secondary("上传 .xlsx 名单：第1行为表头，须有“姓名”“身份证号”两列（身份证号列请设为文本格式）。");

        count.addClassName("row-count");
        sheetTitle.setPlaceholder("村（社区）干部任职资格联审表");
        sheetTitle.setAriaLabel("联审表标题");
        sheetTitle.setWidth("20rem");
        var print = Downloads.button("打印联审表", VaadinIcon.PRINT, Downloads.bytes(
                "任职资格联审表-" + LocalDate.now(BaseConfiguration.ZONE) + ".pdf", Downloads.PDF,
                () -> sheetReport.pdf(eligibility.sheet(sheetTitle.getValue(), List.copyOf(verdicts)))));
        Button clear = new Button("清空结果", e -> {
            verdicts.clear();
            refresh();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(count, sheetTitle, print, clear);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setFlexGrow(1, count);

        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        results.addColumn(EligibilityVerdict::name).setHeader("姓名").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(EligibilityVerdict::idNumber).setHeader("身份证号").setAutoWidth(true).setFlexGrow(0);
        results.addComponentColumn(v -> Badges.verdict(v.verdict())).setHeader("结论").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(v -> String.join("；", v.reasons())).setHeader("理由").setFlexGrow(1);
        results.addColumn(v -> ZhCn.date(v.blockedUntil())).setHeader("限制期至").setAutoWidth(true).setFlexGrow(0);

        add(new H3("单人联审"), single, verdictCard, new H3("批量联审"), batchHint, upload, uploadError,
                new H3("本次联审结果"), bar, results);
        setFlexGrow(1, results);
        results.setMinHeight("12rem");
        refresh();
    }

    private static Span secondary(String text) {
        Span s = new Span(text);
        s.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return s;
    }

    private void reviewOne() {
        if (name.getValue().isBlank() || idNumber.getValue().isBlank()) {
            name.setInvalid(name.getValue().isBlank());
            name.setErrorMessage("请输入姓名");
            idNumber.setInvalid(idNumber.getValue().isBlank());
            idNumber.setErrorMessage("请输入身份证号");
            return;
        }
        name.setInvalid(false);
        idNumber.setInvalid(false);
        EligibilityVerdict v = eligibility.review(new Candidate(name.getValue().trim(), idNumber.getValue().trim()));
        showCard(v);
        verdicts.add(v);
        refresh();
    }

    private void reviewBatch(byte[] xlsx) {
        try {
            List<EligibilityVerdict> batch = eligibility.review(CandidateSheet.read(xlsx));
            verdicts.addAll(batch);
            Uploads.show(uploadError, "");
            refresh();
        } catch (CandidateSheet.Refused e) {
            Uploads.show(uploadError, e.getMessage());
        }
        upload.clearFileList();
    }

    private void refresh() {
        results.setItems(List.copyOf(verdicts));
        count.setText(verdicts.isEmpty() ? "尚无联审结果" : "共 " + ZhCn.number(verdicts.size()) + " 人");
    }

    private void showCard(EligibilityVerdict v) {
        verdictCard.removeAll();
        verdictCard.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("max-width", "44rem")
                .set("box-sizing", "border-box");
        Span who = new Span(v.name() + "　" + v.idNumber());
        who.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(who, Badges.verdict(v.verdict()));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        UnorderedList reasons = new UnorderedList();
        v.reasons().forEach(r -> reasons.add(new ListItem(r)));
        reasons.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        verdictCard.add(head, reasons);
        if (v.blockedUntil() != null) {
            Span until = new Span("限制期至 " + ZhCn.date(v.blockedUntil()) + "，期满前不得提名为村（社区）干部人选。");
            until.getStyle().set("color", "var(--lumo-error-text-color)");
            verdictCard.add(until);
        }
        verdictCard.setVisible(true);
    }
}
