package cn.qinglian.portal.attachment;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.ScopeCondition;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and serves attachments. Feature services call it after checking that the owning record is
 * visible to the user; the store checks the township/village scope again in SQL, and verifies the
 * SHA-256 on every download.
 */
@Service
public class AttachmentStore {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentStore(JdbcClient jdbc, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks type and size; the Chinese reason is thrown as a field error on "file". */
    public static FileType check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ValidationFailedException("file", "文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw new ValidationFailedException("file", "文件超过20MB，请压缩后再上传");
        }
        FileType type = FileType.sniff(content).orElseThrow(() -> new ValidationFailedException("file",
                "不支持的文件类型：只接受" + FileType.ACCEPTED + "（按文件内容识别，而非扩展名）"));
        if (!type.matchesName(fileName)) {
            throw new ValidationFailedException("file", "文件内容是" + type.name() + "，与文件名「" + fileName + "」的扩展名不符");
        }
        return type;
    }

    /** Stores a file for a record, in the caller's transaction (the record and its files commit together). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AttachmentInfo store(String ownerType, long ownerId, long townshipId, @Nullable Long villageId,
                                String fileName, byte[] content) {
        FileType type = check(fileName, content);
        String sha = sha256(content);
        LocalDateTime now = LocalDateTime.now(clock);
        String by = currentUser.require().username();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO attachment (township_id, village_id, owner_type, owner_id, file_name, content_type,
                                                size_bytes, sha256, content, uploaded_by, uploaded_at)
                        VALUES (:t, :v, :ot, :oid, :name, :type, :size, :sha, :content, :by, :now)""")
                .param("t", townshipId).param("v", villageId).param("ot", ownerType).param("oid", ownerId)
                .param("name", fileName).param("type", type.contentType()).param("size", content.length)
                .param("sha", sha).param("content", content).param("by", by).param("now", now).update(keys);
        AttachmentInfo info = new AttachmentInfo(keys.getKey().longValue(), ownerType, ownerId, fileName,
                type.contentType(), content.length, sha, by, now);
        audit.record("attachment", info.id(), AuditAction.CREATE, null, info);
        return info;
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(String ownerType, long ownerId) {
        ScopeCondition s = scope();
        return jdbc.sql("SELECT a.id, a.owner_type, a.owner_id, a.file_name, a.content_type, a.size_bytes, a.sha256, "
                        + "a.uploaded_by, a.uploaded_at FROM attachment a WHERE a.owner_type = :ot AND a.owner_id = :oid AND "
                        + s.sql() + " ORDER BY a.id")
                .param("ot", ownerType).param("oid", ownerId).params(s.params()).query(AttachmentStore::info).list();
    }

    /** Counts per owner, for lists that show a paperclip. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> counts(String ownerType, List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT owner_id, COUNT(*) FROM attachment WHERE owner_type = :ot AND owner_id IN (:ids) GROUP BY owner_id")
                .param("ot", ownerType).param("ids", ownerIds)
                .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    /** The file, if it belongs to that kind of owner and lies in the user's scope; the checksum is verified. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> load(long id, String ownerType) {
        ScopeCondition s = scope();
        return jdbc.sql("SELECT a.* FROM attachment a WHERE a.id = :id AND a.owner_type = :ot AND " + s.sql())
                .param("id", id).param("ot", ownerType).params(s.params())
                .query((rs, i) -> new StoredFile(info(rs, i), rs.getBytes("content"))).optional()
                .map(file -> {
                    if (!sha256(file.content()).equals(file.info().sha256())) {
                        throw new IllegalStateException("附件 " + id + " 的校验值不符，文件可能已损坏或被篡改");
                    }
                    return file;
                });
    }

    private ScopeCondition scope() {
        return currentUser.require().scope().on("a.township_id").village("a.village_id").officeSeesTownship().build();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AttachmentInfo info(ResultSet rs, int i) throws SQLException {
        return new AttachmentInfo(rs.getLong("id"), rs.getString("owner_type"), rs.getLong("owner_id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", LocalDateTime.class));
    }
}
