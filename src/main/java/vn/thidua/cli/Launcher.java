package vn.thidua.cli;

import org.springframework.boot.SpringApplication;

import vn.thidua.ThiDuaApplication;

/**
 * Main class of the jar: {@code java -jar thidua.jar evaluate ...} runs a command without a web
 * server; without a command it starts the web application.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
