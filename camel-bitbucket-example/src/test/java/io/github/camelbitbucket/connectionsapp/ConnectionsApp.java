package io.github.camelbitbucket.connectionsapp;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with a DataSource (an embedded PostgreSQL) and nothing else of its own. */
@SpringBootApplication
public class ConnectionsApp {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgres() throws java.io.IOException {
        return EmbeddedPostgres.builder().start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }
}
