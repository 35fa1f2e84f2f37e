package io.github.camelbitbucket.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An empty Spring Boot application for ReadmeTest: everything comes from the README's properties. */
@SpringBootApplication
public class ReadmeApp {
}
