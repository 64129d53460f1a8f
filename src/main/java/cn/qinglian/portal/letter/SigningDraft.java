package cn.qinglian.portal.letter;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** 签订: the date it was signed and the scan of the signed letter (PDF or image, checked from its content). */
public class SigningDraft {

    @NotNull(message = "请选择签订日期")
    private @Nullable LocalDate signedOn;
    private @Nullable String fileName;
    private byte @Nullable [] content;

    public @Nullable LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(@Nullable LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public byte @Nullable [] getContent() {
        return content;
    }

    public void setScan(@Nullable String fileName, byte @Nullable [] content) {
        this.fileName = fileName;
        this.content = content;
    }
}
