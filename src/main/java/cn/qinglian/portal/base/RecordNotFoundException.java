package cn.qinglian.portal.base;

/** A record that does not exist, or lies outside the user's scope (the two look the same). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + "不存在或无权查看");
    }
}
