package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.thidua.cli.Commands;

@SpringBootApplication
public class ThiDuaApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
