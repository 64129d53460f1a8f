package cn.qinglian.portal.bulletin;

import net.sf.jasperreports.engine.JRDefaultScriptlet;
import net.sf.jasperreports.engine.JRScriptletException;

/**
 * Tells the bulletin template whether the page is odd or even (page numbers sit right on odd pages and
 * left on even ones): the template may not compute it with a Java expression, so this scriptlet sets the
 * variables {@code oddPage} and {@code evenPage} when each page starts.
 */
public class PageParity extends JRDefaultScriptlet {

    /** Pages started so far in this fill (one scriptlet instance per fill). */
    private int pages;

    @Override
    public void afterPageInit() throws JRScriptletException {
        // PAGE_NUMBER is not yet counted up here: count the pages ourselves
        boolean odd = ++pages % 2 == 1;
        setVariableValue("oddPage", odd);
        setVariableValue("evenPage", !odd);
    }
}
