package cn.qinglian.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/** The sizes of the bench database, counted in it after generation (they go into the JSON). */
public record Dataset(int townships, int offices, int villages, int users, int cadres, int archiveEntries) {

    static Dataset count(JdbcTemplate jdbc) {
        return new Dataset(count(jdbc, "township"), count(jdbc, "office"), count(jdbc, "village"),
                count(jdbc, "app_user"), count(jdbc, "cadre"), count(jdbc, "archive_entry"));
    }

    private static int count(JdbcTemplate jdbc, String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }

    void addTo(Figures figures) {
        figures.put("dataset_villages", villages);
        figures.put("dataset_townships", townships);
        figures.put("dataset_offices", offices);
        figures.put("dataset_users", users);
        figures.put("dataset_cadres", cadres);
        figures.put("dataset_archive_entries", archiveEntries);
    }
}
