package org.jifen.persistence.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the embedded MariaDB used when {@code spring.datasource.url} is not set. */
@ConfigurationProperties("jifen.embedded")
public class EmbeddedMariaDbProperties {

  /** Data directory (kept across restarts); empty means a temporary one deleted on exit. */
  private String dataDir = "./data/mariadb";

  /** TCP port on 127.0.0.1; 0 picks a free one. */
  private int port = 0;

  public String getDataDir() {
    return dataDir;
  }

  public void setDataDir(String dataDir) {
    this.dataDir = dataDir;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }
}
