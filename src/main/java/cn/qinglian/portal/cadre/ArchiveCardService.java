package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** Assembles the 廉洁档案卡 of a cadre, or of every serving cadre of a village, for the reader. */
@Service
public class ArchiveCardService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final CadreService cadres;
    private final IntegrityRatingService ratings;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArchiveCardService(CadreService cadres, IntegrityRatingService ratings, JdbcClient jdbc, CurrentUser currentUser,
                       Clock clock) {
        this.cadres = cadres;
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ArchiveCard card(long cadreId) {
        CadreDetail detail = cadres.detail(cadreId).orElseThrow(() -> new RecordNotFoundException("干部"));
        return card(detail, currentUser.require());
    }

    /** The cards of the village's serving cadres, in position order then name. */
    @Transactional(readOnly = true)
    public List<Long> servingCadresOf(long villageId) {
        return cadres.list(CadreFilter.ALL.withVillage(villageId).withStatus(CadreStatus.SERVING),
                        cn.qinglian.portal.base.PageQuery.first(cn.qinglian.portal.base.PageQuery.MAX_LIMIT)).stream()
                .map(r -> cadres.detail(r.id()).orElseThrow().cadre())
                .sorted(Comparator.comparing(ArchiveCardService::firstPosition).thenComparing(Cadre::name))
                .map(Cadre::id).toList();
    }

    private static int firstPosition(Cadre c) {
        return c.positions().stream().mapToInt(t -> t.position().ordinal()).min().orElse(Integer.MAX_VALUE);
    }

    private ArchiveCard card(CadreDetail detail, PortalUser reader) {
        Cadre c = detail.cadre();
        String township = jdbc.sql("SELECT name FROM township WHERE id = :t").param("t", c.townshipId())
                .query(String.class).single();
        List<ArchiveEntry> entries = jdbc.sql("SELECT * FROM archive_entry WHERE cadre_id = :c AND NOT revoked")
                .param("c", c.id()).query(ArchiveEntry.class).list().stream()
                .sorted(Comparator.comparing((ArchiveEntry e) -> e.kind().ordinal())
                        .thenComparing(ArchiveEntry::entryDate, Comparator.reverseOrder())).toList();
        var rating = ratings.current(c.id());
        List<String> reasons = rating.map(r -> {
            List<String> all = new java.util.ArrayList<>(r.reasons());
            if (r.overridden()) {
                all.add("经镇纪检办调整为" + r.colour().label() + "色：" + r.overrideReason());
            }
            return List.copyOf(all);
        }).orElseGet(() -> ratings.suggest(c.id()).reasons()); // no archive change yet: the rules' reading
        return new ArchiveCard(c.name(), c.gender().label(), DATE.format(c.birthDate()), detail.idNumberShown(),
                detail.mobileShown(), c.partyMember() ? "中共党员" + (c.partyJoinedOn() == null ? ""
                : "（" + DATE.format(c.partyJoinedOn()) + "入党）") : "群众",
                c.education() == null ? "" : c.education(), detail.villageName(), township, c.status().label(),
                c.positions().stream().map(t -> new ArchiveCard.Post(t.position().label(),
                        DATE.format(t.startedOn()) + " 至 " + (t.endedOn() == null ? "今" : DATE.format(t.endedOn())))).toList(),
                entries.stream().map(e -> new ArchiveCard.Entry(e.kind().label(), DATE.format(e.entryDate()), e.title(),
                        e.detail(), e.documentNumber() == null ? "" : e.documentNumber())).toList(),
                c.rating().label() + "色", reasons, DATE_TIME.format(LocalDateTime.now(clock)), reader.displayName());
    }

}
