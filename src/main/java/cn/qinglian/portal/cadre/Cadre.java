package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A village cadre with the posts held (aggregate root). The archive refers to it by id. */
@Table("cadre")
public record Cadre(@Id @Nullable Long id, long townshipId, long villageId, String name, Gender gender,
                    LocalDate birthDate, String idNumber, @Nullable String mobile, boolean partyMember,
                    @Nullable LocalDate partyJoinedOn, @Nullable String education, @Nullable Long photoId,
                    CadreStatus status, IntegrityColour rating, @Version @Nullable Integer version,
                    LocalDateTime createdAt, LocalDateTime updatedAt,
                    @MappedCollection(idColumn = "cadre", keyColumn = "cadre_key") List<Term> positions) {

    /** A post held from {@code startedOn}, until {@code endedOn} if the term has ended or has a set end. */
    @Table("cadre_position")
    public record Term(Position position, LocalDate startedOn, @Nullable LocalDate endedOn) {

        public boolean currentOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
        }
    }

    /** The audited view: the ID number masked, as the audit log is read by administrators too. */
    public Snapshot snapshot() {
        return new Snapshot(id, villageId, name, gender, birthDate, IdCardNumber.mask(idNumber),
                mobile == null ? null : MobileNumber.mask(mobile), partyMember, partyJoinedOn, education, status,
                rating, positions);
    }

    public record Snapshot(@Nullable Long id, long villageId, String name, Gender gender, LocalDate birthDate,
                           String idNumber, @Nullable String mobile, boolean partyMember,
                           @Nullable LocalDate partyJoinedOn, @Nullable String education, CadreStatus status,
                           IntegrityColour rating, List<Term> positions) {
    }
}
