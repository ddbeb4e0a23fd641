package org.jifen.api;

import java.util.Arrays;
import org.jifen.api.cli.PolicyTestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Jifen: serves with no arguments; {@code policy-test} runs sample cases without a database. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JifenApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PolicyTestCommand.NAME)) {
            System.exit(PolicyTestCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(JifenApplication.class, args);
    }
}
