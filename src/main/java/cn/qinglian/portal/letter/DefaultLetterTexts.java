package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.PositionGroup;

/**
 * The text a new template starts from, after the plan's task 3 (廉洁承诺): pledges on the use of village
 * power, collective assets, projects, and the family. The clerk edits it before generating letters.
 */
final class DefaultLetterTexts {

    private DefaultLetterTexts() {
    }

    static LetterTemplateDraft draft(int year, PositionGroup group) {
        LetterTemplateDraft d = new LetterTemplateDraft();
        d.setYear(year);
        d.setPositionGroup(group);
        d.setTitle("{年度}年度" + group.label() + "廉洁履职承诺书");
        d.setSalutation("中共{乡镇}委员会：");
        d.setPreamble("为深化清廉村居建设，严守纪律规矩，本人作为{村居}{职务}，郑重作出如下承诺：");
        d.setPledges(switch (group) {
            case LEADERS -> """
                    严守政治纪律和政治规矩，认真履行全面从严治党主体责任第一责任人职责，带头遵守村级各项制度。
                    严格执行“五议两公开”等村级民主决策程序，不搞“一言堂”，不擅自决定重大事项。
                    规范管理村集体资金、资产、资源，不侵占、挪用、私分集体财产，不违规出借、担保。
                    不插手、干预村级工程项目建设和招投标，不承揽本村工程，不收受工程相关方财物。
                    公平公正办理低保、救助、补贴等民生事项，不优亲厚友，不吃拿卡要。
                    严格执行中央八项规定精神，不违规操办婚丧喜庆事宜，不接受可能影响公正履职的宴请。
                    管好家属子女和身边工作人员，不允许其利用本人职务影响谋取私利。
                    主动接受村务监督委员会和群众监督，如实报告个人有关事项。""";
            case COMMITTEE -> """
                    遵守党纪国法和村规民约，服从村党组织领导，认真履行岗位职责。
                    严格执行村级民主决策程序，按规定落实党务、村务、财务公开。
                    不侵占、挪用集体资金资产，不违规报销费用，不虚报冒领各类补贴。
                    不插手村级工程项目和集体资产发包，不为亲友谋取利益。
                    办事公道正派，不吃拿卡要，不优亲厚友。
                    自觉接受组织和群众监督，如实报告个人有关事项。""";
            case SUPERVISION -> """
                    依法依规履行村务监督职责，对村级重大事项决策和实施全程监督。
                    认真审核村级财务收支，发现问题及时提出并向镇纪委报告。
                    监督村级工程项目、集体资产资源发包和惠民政策落实，不走过场。
                    坚持原则、敢于监督，不徇私情，不与被监督对象合谋谋取私利。
                    自身廉洁自律，自觉接受镇纪委和群众监督。""";
        });
        d.setClosing("如有违反上述承诺，本人自愿接受组织处理和群众监督。");
        return d;
    }
}
