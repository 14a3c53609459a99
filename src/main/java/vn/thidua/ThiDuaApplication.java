package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import vn.thidua.system.ThiduaProperties;

/** The web application and REST API; the jar starts through {@code vn.thidua.cli.Launcher}, which also runs commands. */
@SpringBootApplication
@EnableConfigurationProperties(ThiduaProperties.class)
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
