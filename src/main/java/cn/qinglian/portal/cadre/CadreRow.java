package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A cadre as lists and exports show it; the ID number and mobile already masked for the reader. */
public record CadreRow(long id, String name, Gender gender, LocalDate birthDate, String idNumber,
                       @Nullable String mobile, long villageId, String villageName, String positions,
                       CadreStatus status, IntegrityColour rating, boolean partyMember,
                       @Nullable String education, @Nullable LocalDate nextTermEnd) {
}
