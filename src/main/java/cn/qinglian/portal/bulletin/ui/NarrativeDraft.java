package cn.qinglian.portal.bulletin.ui;

import cn.qinglian.portal.bulletin.Narrative;

/** The editable narrative of a draft, as the form binds it. */
public class NarrativeDraft {

    private String intro = "";
    private String clearance = "";
    private String letters = "";
    private String archive = "";
    private String focus = "";

    static NarrativeDraft of(Narrative n) {
        NarrativeDraft d = new NarrativeDraft();
        d.intro = n.intro();
        d.clearance = n.clearance();
        d.letters = n.letters();
        d.archive = n.archive();
        d.focus = n.focus();
        return d;
    }

    Narrative toNarrative() {
        return new Narrative(intro, clearance, letters, archive, focus);
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro == null ? "" : intro;
    }

    public String getClearance() {
        return clearance;
    }

    public void setClearance(String clearance) {
        this.clearance = clearance == null ? "" : clearance;
    }

    public String getLetters() {
        return letters;
    }

    public void setLetters(String letters) {
        this.letters = letters == null ? "" : letters;
    }

    public String getArchive() {
        return archive;
    }

    public void setArchive(String archive) {
        this.archive = archive == null ? "" : archive;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus == null ? "" : focus;
    }
}
