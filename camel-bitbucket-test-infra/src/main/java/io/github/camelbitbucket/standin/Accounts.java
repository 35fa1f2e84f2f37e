package io.github.camelbitbucket.standin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Bitbucket accounts that can install an app on the stand-in (each grants the consumer its own authorization on
 * the authorize page): the demo user, who sees every workspace, and two customers with a workspace each. An account
 * can be revoked (its grant withdrawn in its Bitbucket settings): its tokens stop working; installing again revives it.
 */
final class Accounts {

    /** One account: its id on the authorize page, Bitbucket's uuid and account id, its name and its workspaces. */
    record Account(String id, String uuid, String accountId, String displayName, Set<String> workspaces) {

        /** Whether the account may see a workspace (null workspaces: every one). */
        boolean sees(String workspace) {
            return workspaces == null || workspaces.contains(workspace);
        }

        ObjectNode json() {
            return Json.MAPPER.createObjectNode().put("type", "user").put("uuid", uuid).put("account_id", accountId)
                    .put("display_name", displayName).put("nickname", id);
        }
    }

    /** The account a consumer's own client-credentials grant acts as, and the authorize page's default. */
    static final String DEMO = "demo";

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    Accounts() {
        add(DEMO, "Demo User", null);
        add("ada", "Ada Customer", Set.of("acme"));
        add("grace", "Grace Customer", Set.of("acme-labs"));
    }

    void add(String id, String displayName, Set<String> workspaces) {
        String uuid = "{" + UUID.nameUUIDFromBytes(("account " + id).getBytes(StandardCharsets.UTF_8)) + "}";
        accounts.put(id, new Account(id, uuid, "5f0000000000000000" + Math.abs(id.hashCode()), displayName, workspaces));
    }

    Account get(String id) {
        return accounts.get(id);
    }

    List<String> ids() {
        return accounts.keySet().stream().sorted().toList();
    }

    boolean isRevoked(String id) {
        return revoked.contains(id);
    }

    void revoke(String id) {
        revoked.add(id);
    }

    /** A new install of the app by the account. */
    void install(String id) {
        revoked.remove(id);
    }
}
