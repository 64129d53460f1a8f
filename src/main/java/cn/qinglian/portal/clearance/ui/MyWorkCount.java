package cn.qinglian.portal.clearance.ui;

import cn.qinglian.portal.base.ui.NavCount;
import cn.qinglian.portal.clearance.ClearanceService;
import org.springframework.stereotype.Component;

/** The number beside 我的待办 in the navigation. */
@Component
class MyWorkCount implements NavCount {

    private final ClearanceService service;

    MyWorkCount(ClearanceService service) {
        this.service = service;
    }

    @Override
    public String path() {
        return MyWorkView.ROUTE;
    }

    @Override
    public int count() {
        return service.myWork().total();
    }
}
