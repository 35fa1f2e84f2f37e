package io.github.camelbitbucket.example.springboot;

import java.io.File;

import io.github.camelbitbucket.example.ActivityRoutes;
import io.github.camelbitbucket.example.InstantRoutes;
import io.github.camelbitbucket.example.IssueTriageRoutes;
import io.github.camelbitbucket.example.MarkdownLines;
import io.github.camelbitbucket.example.Report;
import io.github.camelbitbucket.example.WorkspaceReportRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The example as a Spring Boot application: the same routes, the component configured only through
 * {@code application-springboot.properties} ({@code camel.component.bitbucket.*}). Run with the Spring profile
 * {@code springboot}.
 */
@SpringBootApplication
public class BitbucketSpringBootApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BitbucketSpringBootApplication.class);
        app.setAdditionalProfiles("springboot");
        app.run(args);
    }

    @Bean
    RouteBuilder workspaceReportRoutes() {
        return new WorkspaceReportRoutes();
    }

    @Bean
    RouteBuilder activityRoutes() {
        return new ActivityRoutes();
    }

    /** Only for a Bitbucket-compatible server with an issue tracker (Bitbucket Cloud retired its own). */
    @Bean
    @ConditionalOnProperty(name = "example.issue-triage", havingValue = "true")
    RouteBuilder issueTriageRoutes() {
        return new IssueTriageRoutes();
    }

    /** The instant trigger: webhook deliveries on platform-http, here on Spring Boot's servlet engine (Tomcat). */
    @Bean
    @ConditionalOnProperty(name = "example.instant", havingValue = "true")
    RouteBuilder instantRoutes() {
        return new InstantRoutes();
    }

    @Bean
    Report report() {
        return new Report();
    }

    @Bean
    MarkdownLines markdownLines() {
        return new MarkdownLines();
    }

    @Bean
    StateRepository<String, String> watermarks(@Value("${example.data}") String dataDir) {
        return FileStateRepository.fileStateRepository(new File(dataDir, "triage-watermarks.dat"));
    }
}
