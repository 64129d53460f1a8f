package cn.qinglian.portal.letter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** 公示: when and where the signed letter was made public (村务公开栏, 微信群 …). */
public class PublicationDraft {

    @NotNull(message = "请选择公示日期")
    private @Nullable LocalDate publishedOn;
    @NotBlank(message = "请填写公示地点或方式")
    @Size(max = 100, message = "公示地点不能超过100个字")
    private String place = "";

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(@Nullable LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
