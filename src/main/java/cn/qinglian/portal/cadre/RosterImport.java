package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.base.ImportProblem;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roster import (xlsx): every row is checked with the cadre form's rules before anything is
 * stored; a valid file is stored in one transaction through {@link CadreService#saveAll}, matched
 * by ID number, so importing the same file twice changes nothing.
 */
@Service
public class RosterImport {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String TOO_LARGE = "文件大小超过 10 MB，请拆分后分批导入";
    static final String EMPTY_FILE = "文件为空，请使用导入模板填写后上传";
    static final String NO_DATA = "表格中没有干部数据：第1行为表头，请从第2行起填写";
    static final String MISSING_COLUMNS = "缺少必需的列：";
    static final String NOT_EDITOR = "只有镇纪检办、镇党建办可以导入干部名单";
    static final String OUTSIDE_SCOPE = "该身份证号已登记在您管理范围以外的村居";

    private static final Logger log = LoggerFactory.getLogger(RosterImport.class);

    private final CadreService cadres;
    private final VillageService villages;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    RosterImport(CadreService cadres, VillageService villages, CurrentUser currentUser, JdbcClient jdbc) {
        this.cadres = cadres;
        this.villages = villages;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The template with the drop-down of the villages the signed-in user may import into. */
    public byte[] template() {
        return RosterTemplate.xlsx(new RosterVillages(villages.choices()).labels());
    }

    /**
     * Imports an uploaded roster. {@code sizeBytes} is the size the upload announced (-1 if unknown);
     * the stream is read up to 10 MB whatever it says. Refusals and row errors come back in the
     * result; only a user who may not edit cadres gets an exception.
     */
    public ImportResult run(InputStream content, String fileName, long sizeBytes) {
        requireEditor();
        if (sizeBytes > MAX_BYTES) {
            return ImportResult.refused(TOO_LARGE);
        }
        try {
            byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? ImportResult.refused(TOO_LARGE) : run(bytes, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a roster held in memory; {@code fileName} only names the file in the log. */
    public ImportResult run(byte[] xlsx, String fileName) {
        PortalUser user = requireEditor();
        if (xlsx.length > MAX_BYTES) {
            return ImportResult.refused(TOO_LARGE);
        }
        if (xlsx.length == 0) {
            return ImportResult.refused(EMPTY_FILE);
        }
        try {
            List<RosterRows.Parsed> rows = parse(RosterSheet.read(xlsx));
            List<ImportProblem> problems = check(user, rows);
            if (!problems.isEmpty()) {
                return ImportResult.rejected(rows.size(), problems);
            }
            try {
                CadreService.ImportOutcome outcome = cadres.saveAll(rows.stream().map(RosterRows.Parsed::draft).toList());
                log.info("Roster {} imported by {}: {}", fileName, user.username(), outcome);
                return ImportResult.stored(rows.size(), outcome.created(), outcome.updated(), outcome.unchanged());
            } catch (ValidationFailedException e) {
                // a rule only the store checks, or a concurrent change: the transaction rolled back
                return ImportResult.refused("导入未完成，没有保存任何数据：" + e.getMessage());
            }
        } catch (RosterRefusal e) {
            return ImportResult.refused(e.getMessage());
        }
    }

    private PortalUser requireEditor() {
        PortalUser user = currentUser.require();
        if (!CadreService.edits(user)) {
            throw new AccessDeniedException(NOT_EDITOR);
        }
        return user;
    }

    private List<RosterRows.Parsed> parse(List<RosterSheet.Row> sheet) {
        if (sheet.isEmpty()) {
            throw new RosterRefusal(NO_DATA);
        }
        Map<Integer, RosterColumn> columns = new HashMap<>();
        sheet.getFirst().cells().forEach((index, cell) ->
                RosterColumn.byHeader(cell.text()).ifPresent(c -> columns.putIfAbsent(index, c)));
        List<String> missing = Arrays.stream(RosterColumn.values())
                .filter(c -> c.required() && !columns.containsValue(c)).map(RosterColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new RosterRefusal(MISSING_COLUMNS + String.join("、", missing));
        }
        if (sheet.size() == 1) {
            throw new RosterRefusal(NO_DATA);
        }
        RosterRows reader = new RosterRows(columns, new RosterVillages(villages.choices()));
        return sheet.subList(1, sheet.size()).stream().map(reader::parse).toList();
    }

    /** Every problem of every row, in row and column order. */
    private List<ImportProblem> check(PortalUser user, List<RosterRows.Parsed> rows) {
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (RosterRows.Parsed row : rows) {
            Map<RosterColumn, String> problems = row.problems();
            cadres.problems(row.draft()).forEach((field, reason) ->
                    problems.putIfAbsent(RosterFields.column(field, row), reason));
            String id = IdCardNumber.normalise(row.draft().getIdNumber());
            if (!id.isEmpty()) {
                Integer first = firstRowOfId.putIfAbsent(id, row.row());
                if (first != null) {
                    problems.putIfAbsent(RosterColumn.ID_NUMBER, "与第" + first + "行的身份证号重复");
                }
            }
        }
        Set<String> outside = registeredOutsideScope(user, firstRowOfId.keySet());
        for (RosterRows.Parsed row : rows) {
            if (outside.contains(IdCardNumber.normalise(row.draft().getIdNumber()))) {
                row.problems().putIfAbsent(RosterColumn.ID_NUMBER, OUTSIDE_SCOPE);
            }
        }
        List<ImportProblem> all = new ArrayList<>();
        for (RosterRows.Parsed row : rows) {
            new EnumMap<>(row.problems()).forEach((column, reason) ->
                    all.add(new ImportProblem(row.row(), column.header(), reason)));
        }
        all.sort(Comparator.comparingInt(ImportProblem::row));
        return all;
    }

    /** ID numbers of the file already held by cadres the user may not edit: one query per thousand, not per row. */
    private Set<String> registeredOutsideScope(PortalUser user, Set<String> ids) {
        ScopeCondition s = user.scope().on("c.township_id").village("c.village_id").officeSeesTownship().build();
        List<String> all = new ArrayList<>(ids);
        Set<String> outside = new HashSet<>();
        for (int i = 0; i < all.size(); i += 1000) {
            outside.addAll(jdbc.sql("SELECT c.id_number FROM cadre c WHERE c.id_number IN (:ids) AND NOT (" + s.sql() + ")")
                    .param("ids", all.subList(i, Math.min(all.size(), i + 1000))).params(s.params())
                    .query(String.class).list());
        }
        return outside;
    }
}
