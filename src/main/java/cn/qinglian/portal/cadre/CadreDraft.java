package cn.qinglian.portal.cadre;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the cadre form and the roster import edit; the service validates it again. */
public class CadreDraft {

    private @Nullable Long id;
    private @Nullable Integer version;
    @NotNull(message = "请选择村居")
    private @Nullable Long villageId;
    @NotBlank(message = "请输入姓名")
    @Size(max = 32, message = "姓名不能超过32个字")
    private String name = "";
    private @Nullable Gender gender;
    private @Nullable LocalDate birthDate;
    @NotBlank(message = "请输入身份证号")
    private String idNumber = "";
    private String mobile = "";
    private boolean partyMember;
    private @Nullable LocalDate partyJoinedOn;
    @Size(max = 16, message = "学历不能超过16个字")
    private String education = "";
    @NotNull(message = "请选择状态")
    private CadreStatus status = CadreStatus.SERVING;
    @Valid
    private List<TermDraft> terms = new ArrayList<>();

    public static CadreDraft of(Cadre c) {
        CadreDraft d = new CadreDraft();
        d.id = c.id();
        d.version = c.version();
        d.villageId = c.villageId();
        d.name = c.name();
        d.gender = c.gender();
        d.birthDate = c.birthDate();
        d.idNumber = c.idNumber();
        d.mobile = c.mobile() == null ? "" : c.mobile();
        d.partyMember = c.partyMember();
        d.partyJoinedOn = c.partyJoinedOn();
        d.education = c.education() == null ? "" : c.education();
        d.status = c.status();
        d.terms = new ArrayList<>(c.positions().stream()
                .map(t -> new TermDraft(t.position(), t.startedOn(), t.endedOn())).toList());
        return d;
    }

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
    public @Nullable Long getVillageId() { return villageId; }
    public void setVillageId(@Nullable Long villageId) { this.villageId = villageId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable Gender getGender() { return gender; }
    public void setGender(@Nullable Gender gender) { this.gender = gender; }
    public @Nullable LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(@Nullable LocalDate birthDate) { this.birthDate = birthDate; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public boolean isPartyMember() { return partyMember; }
    public void setPartyMember(boolean partyMember) { this.partyMember = partyMember; }
    public @Nullable LocalDate getPartyJoinedOn() { return partyJoinedOn; }
    public void setPartyJoinedOn(@Nullable LocalDate partyJoinedOn) { this.partyJoinedOn = partyJoinedOn; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public CadreStatus getStatus() { return status; }
    public void setStatus(CadreStatus status) { this.status = status; }
    public List<TermDraft> getTerms() { return terms; }
    public void setTerms(List<TermDraft> terms) { this.terms = terms; }
}
