package org.jifen.api.keys;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The bootstrap administrator key from {@code jifen.admin-key} (environment {@code JIFEN_ADMIN_KEY});
 * when unset, from or into {@code jifen.admin-key-file}, by default {@code admin.key} beside the
 * embedded database's data directory ({@code ./data/admin.key}).
 */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    AdminKey adminKey(Environment environment) {
        String configured = environment.getProperty("jifen.admin-key");
        if (configured == null || configured.isBlank()) {
            configured = environment.getProperty("JIFEN_ADMIN_KEY");
        }
        return AdminKey.bootstrap(configured, keyFile(environment), System.out);
    }

    static Path keyFile(Environment environment) {
        String file = environment.getProperty("jifen.admin-key-file");
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        String dataDir = environment.getProperty("jifen.embedded.data-dir");
        Path base = dataDir == null || dataDir.isBlank() ? Path.of("data", "mariadb") : Path.of(dataDir);
        Path parent = base.toAbsolutePath().normalize().getParent();
        return (parent == null ? base.toAbsolutePath() : parent).resolve("admin.key");
    }
}
