package cn.qinglian.portal.cadre;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void acceptsAValidNumberAndReadsBirthDateAndGender() {
        assertThat(IdCardNumber.problem("11010519491231002X", TODAY)).isEmpty();
        assertThat(IdCardNumber.birthDateOf("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdCardNumber.genderOf("11010519491231002X")).isEqualTo(Gender.FEMALE);
        assertThat(IdCardNumber.problem("330102198001011234".substring(0, 17) + IdCardNumber.checkCharacter("33010219800101123"), TODAY)).isEmpty();
    }

    @Test
    void lowerCaseXIsAcceptedAndStoredUpperCase() {
        assertThat(IdCardNumber.problem("11010519491231002x", TODAY)).isEmpty();
        assertThat(IdCardNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void refusesWrongCheckDigitImpossibleDateLegacyFifteenDigitsAndUnknownRegion() {
        assertThat(IdCardNumber.problem("110105194912310021", TODAY)).contains("身份证号校验位不正确");
        String feb30 = "11010519490230002";
        assertThat(IdCardNumber.problem(feb30 + IdCardNumber.checkCharacter(feb30), TODAY)).contains("身份证号中的出生日期无效");
        String future = "11010520300101002";
        assertThat(IdCardNumber.problem(future + IdCardNumber.checkCharacter(future), TODAY)).contains("身份证号中的出生日期无效");
        assertThat(IdCardNumber.problem("110105491231002", TODAY)).contains("请使用18位身份证号（15位旧号码需换算为18位）");
        String region = "99010519491231002";
        assertThat(IdCardNumber.problem(region + IdCardNumber.checkCharacter(region), TODAY)).contains("身份证号的地区码不存在");
        assertThat(IdCardNumber.problem("1101051949123100", TODAY)).contains("身份证号应为18位");
        assertThat(IdCardNumber.problem("1101051949123100AX", TODAY)).contains("身份证号前17位应为数字，末位为数字或X");
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertThat(IdCardNumber.mask("330102198001011234")).isEqualTo("3301**********1234");
        assertThat(MobileNumber.mask("13812345678")).isEqualTo("138****5678");
        assertThat(MobileNumber.problem("1381234567")).isPresent();
        assertThat(MobileNumber.problem("12812345678")).isPresent();
        assertThat(MobileNumber.problem("19912345678")).isEmpty();
    }
}
