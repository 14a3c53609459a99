package vn.thidua.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This instance's name in the jobs it runs and the schedules it solves: {@code thidua.jobs.instance},
 * or else the host name and the server port, so that an instance restarted on the same host and port
 * recognises what it was running before it stopped. Read once the web server listens; a context
 * without a server gets a name of its own.
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
            String port = environment.getProperty("local.server.port");
            // Without a port (a context with no server), a name no other context shares: it has nothing to take back.
            known = !properties.jobs().instance().isEmpty() ? properties.jobs().instance()
                    : port != null ? host() + ":" + port : host() + ":" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
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
