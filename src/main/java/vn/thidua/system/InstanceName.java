package vn.thidua.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This instance's name in the jobs it runs and the schedules it solves: {@code thidua.jobs.instance},
 * or else the host name and the server port, so that an instance restarted on the same host and port
 * recognises what it was running before it stopped. Read once the web server listens.
 */
@Component
public class InstanceName {

    private final ThiduaProperties properties;
    private final Environment environment;
    private volatile String name;

    public InstanceName(ThiduaProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String get() {
        String known = name;
        if (known == null) {
            known = properties.jobs().instance().isEmpty() ? host() + ":" + environment.getProperty("local.server.port", "-")
                    : properties.jobs().instance();
            name = known;
        }
        return known;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
