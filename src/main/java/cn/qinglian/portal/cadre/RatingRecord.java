package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;

/** One rating in a cadre's history: the colour in force, the suggestion, and an override's reason. */
public record RatingRecord(long id, IntegrityColour colour, IntegrityColour suggested, List<String> reasons,
                           @Nullable String overrideReason, String setBy, LocalDateTime setAt) {

    public boolean overridden() {
        return overrideReason != null;
    }
}
