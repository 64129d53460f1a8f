package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.attachment.AttachmentInfo;
import cn.qinglian.portal.base.ChineseNumerals;
import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.base.ui.ZhCn;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.ui.CadreDetailView;
import cn.qinglian.portal.letter.CommitmentLetter;
import cn.qinglian.portal.letter.LetterDetail;
import cn.qinglian.portal.letter.LetterPrinting;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.letter.LetterStep;
import cn.qinglian.portal.letter.LetterSteps;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;

/** One letter: its frozen text as it was generated, where it stands, its history, and the next step. */
@Route("letters/:id([0-9]{1,18})")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class LetterDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LetterService letters;
    private final LetterSteps steps;
    private final LetterPrinting printing;
    private final ArchiveService archive;
    private final CurrentUser currentUser;
    private @Nullable LetterDetail detail;
    final HorizontalLayout actions = new HorizontalLayout();
    private final HorizontalLayout header = new HorizontalLayout();
    private final FlexLayout body = new FlexLayout();

    public LetterDetailView(LetterService letters, LetterSteps steps, LetterPrinting printing, ArchiveService archive,
                            CurrentUser currentUser) {
        this.letters = letters;
        this.steps = steps;
        this.printing = printing;
        this.archive = archive;
        this.currentUser = currentUser;
        setSizeFull();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        body.setWidthFull();
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.getStyle().set("gap", "var(--lumo-space-l)");
        add(header, actions, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        detail = letters.detail(id).orElseThrow(NotFoundException::new);
        build();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? "廉洁承诺书" : "廉洁承诺书 · " + detail.cadreName();
    }

    private void reload() {
        detail = letters.detail(Objects.requireNonNull(detail).letter().id()).orElseThrow(NotFoundException::new);
        build();
    }

    private void build() {
        LetterDetail d = Objects.requireNonNull(detail);
        CommitmentLetter l = d.letter();
        long id = Objects.requireNonNull(l.id());
        int version = Objects.requireNonNull(l.version());
        header.removeAll();
        H2 title = new H2(d.cadreName() + " · " + l.year() + "年度廉洁承诺书");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)");
        Span where = new Span(d.villageName() + " · " + l.positionTitle());
        where.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span spacer = new Span();
        header.add(title, LetterBadges.status(l.status(), d.overdue()), where, spacer,
                new RouterLink("返回承诺书列表", LettersView.class),
                new RouterLink("查看廉洁档案", CadreDetailView.class, new RouteParameters("id", String.valueOf(l.cadreId()))));
        header.setFlexGrow(1, spacer);

        actions.removeAll();
        if (d.maySign()) {
            actions.add(primary("登记签订", VaadinIcon.PENCIL,
                    () -> new SigningDialog(steps, id, version, d.cadreName(), this::reload).open()));
        }
        if (d.mayPublish()) {
            actions.add(primary("登记公示", VaadinIcon.MEGAPHONE,
                    () -> new PublicationDialog(steps, id, version, this::reload).open()));
        }
        if (d.mayReview()) {
            actions.add(primary("践诺评议", VaadinIcon.CLIPBOARD_CHECK, () -> new ReviewDialog(steps, id, version,
                    currentUser.require().displayName(), this::reload).open()));
        }
        actions.add(Downloads.button("打印承诺书", VaadinIcon.PRINT, Downloads.bytes(
                d.villageName() + "-" + d.cadreName() + "-" + l.year() + "年度廉洁承诺书.pdf", Downloads.PDF,
                () -> printing.pdf(id))));
        if (d.mayRevert()) {
            Button revert = new Button("撤回上一环节", VaadinIcon.ARROW_BACKWARD.create(),
                    e -> new RevertDialog(steps, id, version, l.status(), this::reload).open());
            revert.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(revert);
        }

        body.removeAll();
        Div document = document(l);
        document.getStyle().set("flex", "2 1 32rem");
        VerticalLayout side = new VerticalLayout(state(d), history(d.steps()));
        side.setPadding(false);
        side.getStyle().set("flex", "1 1 20rem");
        body.add(document, side);
    }

    /** The letter as it reads on paper; the text is the one frozen when it was generated. */
    private static Div document(CommitmentLetter l) {
        Div page = new Div();
        page.addClassName("letter-document");
        page.getStyle().set("background", "var(--lumo-base-color)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)").set("padding", "var(--lumo-space-xl)")
                .set("font-family", "'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif").set("line-height", "1.9")
                .set("box-sizing", "border-box").set("max-width", "46rem");
        H3 title = new H3(l.title());
        title.getStyle().set("text-align", "center").set("margin-top", "0");
        page.add(title);
        if (!l.salutation().isBlank()) {
            page.add(new Paragraph(l.salutation()));
        }
        paragraphs(page, l.preamble());
        List<String> pledges = l.pledgeLines();
        for (int i = 0; i < pledges.size(); i++) {
            Paragraph p = new Paragraph(ChineseNumerals.of(i + 1) + "、" + pledges.get(i));
            p.getStyle().set("text-indent", "2em").set("margin", "0");
            page.add(p);
        }
        paragraphs(page, l.closing());
        Div sign = new Div(new Div("承诺人（签名）："), new Div(l.positionTitle()), new Div("年　　月　　日"));
        sign.getStyle().set("margin-left", "55%").set("margin-top", "var(--lumo-space-l)");
        page.add(sign);
        Span note = new Span("依据模板第" + l.templateRevision() + "版于" + ZhCn.date(l.letterDate())
                + "生成；模板此后的修改不影响本承诺书。");
        note.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)")
                .set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("font-family", "var(--lumo-font-family)");
        page.add(note);
        return page;
    }

    private static void paragraphs(Div page, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                Paragraph p = new Paragraph(line);
                p.getStyle().set("text-indent", "2em").set("margin", "0");
                page.add(p);
            }
        }
    }

    private Div state(LetterDetail d) {
        CommitmentLetter l = d.letter();
        Div box = section("办理情况");
        box.addClassName("letter-state");
        line(box, "签订截止", ZhCn.date(l.deadline()) + (d.overdue() ? "（已逾期）" : ""));
        line(box, "签订日期", ZhCn.date(l.signedOn()));
        if (!d.scans().isEmpty()) {
            Div files = new Div(new Span("签字扫描件："));
            d.scans().forEach(a -> files.add(scan(a)));
            box.add(files);
        }
        line(box, "公示", l.publishedOn() == null ? "" : ZhCn.date(l.publishedOn()) + "，" + l.publishedWhere());
        if (l.evaluation() != null) {
            Div review = new Div(new Span("践诺评议："), LetterBadges.evaluation(l.evaluation()),
                    new Span("　" + l.evaluator() + "，" + ZhCn.date(l.reviewedOn())));
            box.add(review);
            line(box, "本人践诺情况", l.selfReport());
        }
        return box;
    }

    private Anchor scan(AttachmentInfo a) {
        DownloadHandler file = DownloadHandler.fromInputStream(event -> archive.download(a.id())
                .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.info().fileName(),
                        f.info().contentType(), f.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor link = new Anchor(file, a.fileName());
        link.addClassName("scan-link");
        link.getStyle().set("margin-right", "var(--lumo-space-m)");
        return link;
    }

    private static Div history(List<LetterStep> steps) {
        Div box = section("办理记录");
        box.addClassName("letter-history");
        for (LetterStep s : steps) {
            Div item = new Div();
            item.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding", "var(--lumo-space-xs) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
            Span what = new Span(s.action());
            what.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
            Span when = new Span(ZhCn.dateTime(s.doneAt()) + " · " + s.doneBy());
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            item.add(what, when);
            if (s.note() != null) {
                item.add(new Div(s.note()));
            }
            box.add(item);
        }
        return box;
    }

    private static Div section(String title) {
        Div box = new Div();
        box.setWidthFull();
        H4 h = new H4(title);
        h.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        box.add(h);
        return box;
    }

    private static void line(Div box, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Div d = new Div(label + "：" + value);
            d.getStyle().set("white-space", "pre-line");
            box.add(d);
        }
    }

    private static Button primary(String text, VaadinIcon icon, Runnable action) {
        Button b = new Button(text, icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }
}
