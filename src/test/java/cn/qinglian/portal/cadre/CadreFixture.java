package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for the cadre feature: valid, unique ID numbers and cadres created through the service. */
@Component
public class CadreFixture {

    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    private final SecurityFixture security;
    private final CadreService cadres;
    private String discipline;

    public CadreFixture(SecurityFixture security, CadreService cadres) {
        this.security = security;
        this.cadres = cadres;
    }

    /** A GB 11643-valid ID number not issued before in this JVM (region 330102, Hangzhou). */
    public static String idNumber(Gender gender) {
        while (true) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15000));
            int seq = ThreadLocalRandom.current().nextInt(100, 999);
            if ((seq % 2 == 1) != (gender == Gender.MALE)) {
                seq++;
            }
            String body = "330102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
            String id = body + IdCardNumber.checkCharacter(body);
            if (ISSUED.add(id)) {
                return id;
            }
        }
    }

    public String discipline() {
        if (discipline == null) {
            discipline = security.user(Role.DISCIPLINE, ScopeKind.TOWNSHIP, security.township());
        }
        return discipline;
    }

    /** A serving cadre of the village holding the posts, created by a DISCIPLINE user. */
    public Cadre cadre(long villageId, String name, Position... posts) {
        CadreDraft d = new CadreDraft();
        d.setVillageId(villageId);
        d.setName(name);
        d.setIdNumber(idNumber(Gender.MALE));
        d.setMobile("13800138000");
        d.setPartyMember(true);
        d.setPartyJoinedOn(LocalDate.of(2005, 7, 1));
        d.setEducation("大专");
        d.setTerms(new java.util.ArrayList<>(List.of(posts).stream()
                .map(p -> new TermDraft(p, LocalDate.of(2021, 1, 1), LocalDate.now(BaseConfiguration.ZONE).plusYears(2))).toList()));
        return security.as(discipline(), () -> cadres.save(d));
    }
}
