package cn.qinglian.portal.base;

import java.util.Map;

/** Input a service refused, with a Chinese message per field (key "" for the whole record). */
public class ValidationFailedException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public ValidationFailedException(Map<String, String> fieldErrors) {
        super(String.join("；", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public ValidationFailedException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
