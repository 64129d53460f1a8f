package cn.qinglian.portal.letter;

import java.util.List;

/** The completion of a year's letters, per village and in total. Signed counts every letter signed or further. */
public record LetterBoard(int year, List<Row> villages, Row total) {

    public record Row(long villageId, String villageName, int generated, int signed, int published, int reviewed,
                      int overdue) {

        /** Share of the generated letters, 0–1; 0 when none were generated. */
        public double rate(int count) {
            return generated == 0 ? 0 : count / (double) generated;
        }
    }
}
