package cn.qinglian.portal.cadre.ui;

import cn.qinglian.portal.base.ui.Downloads;
import cn.qinglian.portal.cadre.ArchiveCardReport;
import cn.qinglian.portal.cadre.ArchiveCardService;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.CadreDetail;
import cn.qinglian.portal.cadre.CadreDraft;
import cn.qinglian.portal.cadre.CadreService;
import cn.qinglian.portal.cadre.IntegrityRatingService;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Comparator;
import java.util.List;

/** One cadre: profile, posts, integrity archive and rating, and the printable archive card. */
@Route("cadres/:id([0-9]{1,18})")
@RolesAllowed({Role.DISCIPLINE_ROLE, Role.PARTY_OFFICE_ROLE, Role.OFFICE_ROLE, Role.VILLAGE_ROLE, Role.LEADER_ROLE})
public class CadreDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CadreService cadres;
    private final ArchiveService archive;
    private final IntegrityRatingService ratings;
    private final ArchiveCardService cards;
    private final ArchiveCardReport cardReport;
    private final VillageService villages;
    private final CurrentUser currentUser;
    private final List<CadreTab> featureTabs;
    private @Nullable CadreDetail detail;
    private final TabSheet tabs = new TabSheet();
    private final HorizontalLayout header = new HorizontalLayout();

    public CadreDetailView(CadreService cadres, ArchiveService archive, IntegrityRatingService ratings,
                           ArchiveCardService cards, ArchiveCardReport cardReport, VillageService villages,
                           CurrentUser currentUser, ObjectProvider<CadreTab> featureTabs) {
        this.cadres = cadres;
        this.archive = archive;
        this.ratings = ratings;
        this.cards = cards;
        this.cardReport = cardReport;
        this.villages = villages;
        this.currentUser = currentUser;
        this.featureTabs = featureTabs.orderedStream().sorted(Comparator.comparingInt(CadreTab::order)).toList();
        setSizeFull();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        tabs.setWidthFull();
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        // out of the reader's scope looks exactly like not existing
        detail = cadres.detail(id).orElseThrow(NotFoundException::new);
        build(0);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? "干部档案" : "干部档案 · " + detail.cadre().name();
    }

    private long id() {
        return java.util.Objects.requireNonNull(detail).cadre().id();
    }

    private void reload() {
        int selected = tabs.getSelectedIndex();
        detail = cadres.detail(id()).orElseThrow(NotFoundException::new);
        build(selected);
    }

    private void build(int selectedTab) {
        CadreDetail d = java.util.Objects.requireNonNull(detail);
        header.removeAll();
        H2 name = new H2(d.cadre().name());
        name.getStyle().set("margin", "0");
        Span village = new Span(d.villageName());
        village.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span spacer = new Span();
        RouterLink back = new RouterLink("返回干部列表", CadresView.class);
        var print = Downloads.button("打印档案卡", VaadinIcon.PRINT, Downloads.bytes(
                d.cadre().name() + "-廉洁档案卡.pdf", Downloads.PDF, () -> cardReport.pdf(cards.card(id()))));
        header.add(name, village, Badges.rating(d.cadre().rating()), Badges.status(d.cadre().status()), spacer, back, print);
        header.setFlexGrow(1, spacer);

        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add("基本信息", new ProfilePanel(d, cadres, () -> CadreEditor.open(cadres, villages.choices(),
                CadreDraft.of(d.cadre()), saved -> reload()), this::reload));
        tabs.add("任职情况", new TermsGrid(d.cadre().positions()));
        tabs.add("廉洁档案", new ArchivePanel(archive, id(), d.editable(), this::reload));
        tabs.add("廉情评估", new RatingPanel(ratings, id(), d.cadre().rating(),
                currentUser.require().has(Role.DISCIPLINE), this::reload));
        for (CadreTab tab : featureTabs) {
            tabs.add(tab.label(), tab.content(id(), this::reload));
        }
        tabs.setSelectedIndex(selectedTab);
    }
}
