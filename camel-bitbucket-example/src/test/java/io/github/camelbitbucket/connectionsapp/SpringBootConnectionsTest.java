package io.github.camelbitbucket.connectionsapp;

import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the starter, the application's DataSource plus one property (connections-in-data-source) keeps the connections
 * in that database: the component's JDBC store creates its tables there and the install flow's actions work.
 */
class SpringBootConnectionsTest {

    @Test
    void theApplicationsDataSourceAndOnePropertySelectTheJdbcStore() throws Exception {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0);
             ConfigurableApplicationContext spring = new SpringApplication(ConnectionsApp.class).run(
                     "--camel.component.bitbucket.base-url=" + standIn.baseUrl(),
                     "--camel.component.bitbucket.token-url=" + standIn.tokenUrl(),
                     "--camel.component.bitbucket.authorize-url=" + standIn.authorizeUrl(),
                     "--camel.component.bitbucket.client-id=" + BitbucketStandIn.DEMO_CLIENT_ID,
                     "--camel.component.bitbucket.client-secret=" + BitbucketStandIn.DEMO_CLIENT_SECRET,
                     "--camel.component.bitbucket.connection-encryption-key=" + key,
                     "--camel.component.bitbucket.state-secret=made-up-state-secret-of-the-app",
                     "--camel.component.bitbucket.connections-in-data-source=true", "--server.port=0")) {
            CamelContext camel = spring.getBean(CamelContext.class);
            BitbucketComponent component = camel.getComponent("bitbucket", BitbucketComponent.class);
            assertThat(component.getConfiguration().getConnectionDataSource()).isSameAs(spring.getBean(DataSource.class));
            try (ProducerTemplate template = camel.createProducerTemplate()) {
                assertThat(template.requestBody("bitbucket:listConnections", null, List.class)).isEmpty();
                String url = template.requestBodyAndHeader("bitbucket:authorizationUrl", null,
                        "CamelBitbucketOverrideConnection", "customer-1", String.class);
                assertThat(url).startsWith(standIn.authorizeUrl()).contains("state=");
            }
            try (var db = spring.getBean(DataSource.class).getConnection(); var st = db.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM camel_bitbucket_connection")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
