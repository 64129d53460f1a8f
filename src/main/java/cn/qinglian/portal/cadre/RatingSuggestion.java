package cn.qinglian.portal.cadre;

import java.util.List;

/** The colour the rules suggest and every rule that led to it. */
public record RatingSuggestion(IntegrityColour colour, List<String> reasons) {
}
