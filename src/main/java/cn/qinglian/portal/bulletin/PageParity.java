package cn.qinglian.portal.bulletin;

import net.sf.jasperreports.engine.JRDefaultScriptlet;
import net.sf.jasperreports.engine.JRScriptletException;

/**
 * Tells the bulletin template whether the page is odd or even (page numbers sit right on odd pages and
 * left on even ones): the template may not compute it with a Java expression, so this scriptlet sets the
 * variables {@code oddPage} and {@code evenPage} when each page starts.
 */
public class PageParity extends JRDefaultScriptlet {

    @Override
    public void afterPageInit() throws JRScriptletException {
        Object page = getVariableValue("PAGE_NUMBER");
        boolean odd = !(page instanceof Integer n) || n % 2 == 1;
        setVariableValue("oddPage", odd);
        setVariableValue("evenPage", !odd);
    }
}
