package cn.qinglian.portal.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** Shared infrastructure beans. */
@Configuration(proxyBeanMethods = false)
public class BaseConfiguration {

    /** The township works on Beijing time, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
