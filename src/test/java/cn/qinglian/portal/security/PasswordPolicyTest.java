package cn.qinglian.portal.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Abcdefg1", "abcdef1!", "ABCDEF1!", "Abcdefg!", "Zz9@Zz9@Zz9@"})
    void acceptsEightCharactersOfThreeClasses(String password) {
        assertThat(PasswordPolicy.check(password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ab1!", "Abc1!xy", "abcdefgh", "abcdefg1", "ABCDEFG!", "12345678!", "Abc def1!", "Demo@2026"})
    void refusesShortOrTooSimplePasswordsInChinese(String password) {
        assertThat(PasswordPolicy.check(password)).hasValueSatisfying(reason -> assertThat(reason).containsPattern("密码"));
    }

    @RepeatedTest(50)
    void temporaryPasswordsAlwaysMeetThePolicy() {
        assertThat(PasswordPolicy.check(TemporaryPassword.generate())).isEmpty();
    }
}
