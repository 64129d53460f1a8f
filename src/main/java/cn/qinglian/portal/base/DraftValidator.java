package cn.qinglian.portal.base;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Services validate every draft again (forms can be bypassed); the messages are the forms' own. */
@Component
public class DraftValidator {

    private final Validator validator;

    public DraftValidator(Validator validator) {
        this.validator = validator;
    }

    public void require(Object draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(draft).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
