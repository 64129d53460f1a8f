package cn.qinglian.portal.clearance;

import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Test data for the clearance lists: items created through the service by a DISCIPLINE user. */
@Component
public class ClearanceFixture {

    public static final UploadedFile PDF = new UploadedFile("整改佐证.pdf",
            "%PDF-1.4 evidence".getBytes(StandardCharsets.US_ASCII));

    private final SecurityFixture security;
    private final CadreFixture cadres;
    private final ClearanceService service;

    public ClearanceFixture(SecurityFixture security, CadreFixture cadres, ClearanceService service) {
        this.security = security;
        this.cadres = cadres;
        this.service = service;
    }

    public String discipline() {
        return cadres.discipline();
    }

    public String batch() {
        return "测试批次" + UUID.randomUUID().toString().substring(0, 8);
    }

    public ClearanceItemDraft draft(String batch, Long villageId, String title, LocalDate deadline) {
        ClearanceItemDraft d = new ClearanceItemDraft();
        d.setKind(ListKind.PROBLEM);
        d.setSource(ClearanceSource.INSPECTION);
        d.setBatch(batch);
        d.setVillageId(villageId);
        d.setTitle(title);
        d.setDescription("巡察发现：" + title);
        d.setMeasures("限期整改");
        d.setDeadline(deadline);
        d.setLeadOfficeIds(Set.of(security.office("镇纪检办")));
        d.setResponsibleOfficeIds(Set.of(security.office("镇农办")));
        return d;
    }

    /** A problem item of the village led by 镇纪检办 and shared with 镇农办. */
    public long item(String batch, Long villageId, String title, LocalDate deadline) {
        return security.as(discipline(), () -> service.create(draft(batch, villageId, title, deadline)));
    }

    public int version(long id) {
        return security.as(discipline(), () -> service.detail(id).orElseThrow().row().version());
    }

    /** Takes an item to 待验收 as the given responsible user. */
    public void toAwaitingCheck(long id, String responsibleUser) {
        security.as(responsibleUser, () -> {
            service.report(id, version(id), "已召开专题会议部署整改", List.of());
            service.submit(id, version(id), "已整改完成", List.of(PDF));
        });
    }

    public String villageUser(long villageId) {
        return security.user(Role.VILLAGE, ScopeKind.VILLAGE, villageId);
    }

    public String officeUser(String office) {
        return security.user(Role.OFFICE, ScopeKind.OFFICE, security.office(office));
    }
}
