package io.github.camelbitbucket.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.connection.RequestBudget;

/** Where a fleet trigger's accounts come from: the active connections of a store, or the endpoint's credential. */
public final class Accounts {

    private Accounts() {
    }

    /**
     * The active connections: every one for {@code *}, else the one named; a revoked or removed connection is not
     * among them (its trigger stops, its watermarks stay).
     *
     * @param workspace the workspace option, or null for each connection's own workspaces
     */
    public static Supplier<List<Account>> of(Connections connections, String which, String workspace) {
        return () -> {
            List<Account> accounts = new ArrayList<>();
            for (Connection c : connections.store().list()) {
                if (c.status() == Connection.Status.ACTIVE && ("*".equals(which) || c.id().equals(which))) {
                    accounts.add(new Installed(connections, c.id(),
                            workspace == null ? c.workspaces() : List.of(workspace)));
                }
            }
            return accounts;
        };
    }

    /** The endpoint's own credential on the workspace option (repoSlug=* without a connection). */
    public static Supplier<List<Account>> own(Supplier<BitbucketClient> client, String workspace) {
        RequestBudget budget = new RequestBudget();
        Account own = new Account() {
            @Override
            public String connection() {
                return null;
            }

            @Override
            public List<String> workspaces() {
                return List.of(workspace);
            }

            @Override
            public BitbucketClient client() {
                return client.get();
            }

            @Override
            public RequestBudget budget(Instant now) {
                budget.observe(null, client.get(), now);
                return budget;
            }
        };
        return () -> List.of(own);
    }

    /** An installed connection. */
    private record Installed(Connections connections, String connection, List<String> workspaces) implements Account {

        @Override
        public BitbucketClient client() {
            return connections.pollingClient(connection);
        }

        @Override
        public RequestBudget budget(Instant now) {
            return connections.budget(connection, now);
        }

        @Override
        public RuntimeException failed(RuntimeException failure) {
            return connections.failed(connection, failure);
        }
    }
}
