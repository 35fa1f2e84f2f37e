package io.github.camelbitbucket.benchmark;

/**
 * Answers shaped like live Bitbucket's, field for field after the official description's schemas ({@code workspace},
 * {@code issue}, {@code repository}, {@code account}, {@code project}), including every link and nested object the
 * component's models do not map: Jackson must skip them, as it must on api.bitbucket.org. Sizes are those of real
 * answers (a workspace about 1.3 KB, an issue about 2.6 KB, a repository about 3.4 KB).
 */
final class Payloads {

    private static final String API = "https://api.bitbucket.org/2.0";

    private Payloads() {
    }

    private static String link(String href) {
        return "{\"href\":\"" + href + "\"}";
    }

    static String account(String name, String uuid) {
        return "{\"display_name\":\"" + name + "\",\"links\":{\"self\":" + link(API + "/users/%7B" + uuid + "%7D")
               + ",\"avatar\":" + link("https://secure.gravatar.com/avatar/0f1e2d3c4b5a69788796a5b4c3d2e1f0?d=https%3A%2F%2F"
                                       + "avatar-management--avatars.us-west-2.prod.public.atl-paas.net%2Finitials%2FDU-3.png")
               + ",\"html\":" + link("https://bitbucket.org/%7B" + uuid + "%7D/") + "},\"type\":\"user\",\"uuid\":\"{"
               + uuid + "}\",\"account_id\":\"557058:" + uuid + "\",\"nickname\":\"" + name.toLowerCase().replace(' ', '.')
               + "\"}";
    }

    static String workspace() {
        String ws = API + "/workspaces/acme";
        return "{\"type\":\"workspace\",\"uuid\":\"{6a5b4c3d-0000-4000-8000-000000000001}\",\"name\":\"Acme Robotics\","
               + "\"slug\":\"acme\",\"is_private\":true,\"is_privacy_enforced\":false,\"forking_mode\":\"allow_forks\","
               + "\"created_on\":\"2024-01-02T03:04:05.123456+00:00\",\"updated_on\":\"2026-10-11T12:13:14.654321+00:00\","
               + "\"links\":{\"avatar\":" + link("https://bitbucket.org/workspaces/acme/avatar/?ts=1700000000")
               + ",\"html\":" + link("https://bitbucket.org/acme/") + ",\"members\":" + link(ws + "/members")
               + ",\"owners\":" + link(ws + "/members?q=permission%3D%22owner%22") + ",\"projects\":"
               + link(ws + "/projects") + ",\"repositories\":" + link(API + "/repositories/acme") + ",\"snippets\":"
               + link(API + "/snippets/acme") + ",\"self\":" + link(ws) + ",\"hooks\":" + link(ws + "/hooks") + "}}";
    }

    static String repositorySummary() {
        return "{\"type\":\"repository\",\"full_name\":\"acme/web\",\"links\":{\"self\":"
               + link(API + "/repositories/acme/web") + ",\"html\":" + link("https://bitbucket.org/acme/web")
               + ",\"avatar\":" + link("https://bytebucket.org/ravatar/%7B1b2c3d4e-0000-4000-8000-00000000000a%7D?ts=default")
               + "},\"name\":\"web\",\"uuid\":\"{1b2c3d4e-0000-4000-8000-00000000000a}\"}";
    }

    static String issue(int id) {
        String self = API + "/repositories/acme/web/issues/" + id;
        return "{\"type\":\"issue\",\"id\":" + id + ",\"repository\":" + repositorySummary() + ",\"links\":{\"self\":"
               + link(self) + ",\"html\":" + link("https://bitbucket.org/acme/web/issues/" + id) + ",\"comments\":"
               + link(self + "/comments") + ",\"attachments\":" + link(self + "/attachments") + ",\"watch\":"
               + link(self + "/watch") + ",\"vote\":" + link(self + "/vote") + "},\"title\":\"Issue number " + id
               + " about a crash\",\"content\":{\"type\":\"rendered\",\"raw\":\"Steps to reproduce: open the app,"
               + " press the button, see the stack trace.\",\"markup\":\"markdown\",\"html\":\"<p>Steps to reproduce:"
               + " open the app, press the button, see the stack trace.</p>\"},\"reporter\":"
               + account("Demo User", "d3m0-0000-4000-8000-000000000001") + ",\"assignee\":"
               + account("Ada Reviewer", "ada0-0000-4000-8000-000000000002")
               + ",\"created_on\":\"2026-11-01T10:00:00.123456+00:00\",\"edited_on\":null,"
               + "\"updated_on\":\"2026-11-02T10:00:00.123456+00:00\",\"state\":\"new\",\"kind\":\"bug\","
               + "\"priority\":\"major\",\"milestone\":{\"type\":\"milestone\",\"name\":\"1.2\",\"id\":12,\"links\":{"
               + "\"self\":" + link(API + "/repositories/acme/web/milestones/12") + "}},\"version\":null,"
               + "\"component\":{\"type\":\"component\",\"name\":\"ui\",\"id\":3,\"links\":{\"self\":"
               + link(API + "/repositories/acme/web/components/3") + "}},\"votes\":0,\"watches\":1}";
    }

    static String repository(int n) {
        String slug = "service-" + n;
        String self = API + "/repositories/acme/" + slug;
        String uuid = String.format("{%08x-0000-4000-8000-%012x}", n, n);
        return "{\"type\":\"repository\",\"full_name\":\"acme/" + slug + "\",\"links\":{\"self\":" + link(self)
               + ",\"html\":" + link("https://bitbucket.org/acme/" + slug) + ",\"avatar\":"
               + link("https://bytebucket.org/ravatar/%7B" + n + "%7D?ts=python") + ",\"pullrequests\":"
               + link(self + "/pullrequests") + ",\"commits\":" + link(self + "/commits") + ",\"forks\":"
               + link(self + "/forks") + ",\"watchers\":" + link(self + "/watchers") + ",\"branches\":"
               + link(self + "/refs/branches") + ",\"tags\":" + link(self + "/refs/tags") + ",\"downloads\":"
               + link(self + "/downloads") + ",\"source\":" + link(self + "/src") + ",\"clone\":[{\"name\":\"https\","
               + "\"href\":\"https://bitbucket.org/acme/" + slug + ".git\"},{\"name\":\"ssh\",\"href\":"
               + "\"git@bitbucket.org:acme/" + slug + ".git\"}],\"hooks\":" + link(self + "/hooks") + "},\"name\":\""
               + slug + "\",\"slug\":\"" + slug + "\",\"description\":\"Service " + n + " of the Acme platform\","
               + "\"scm\":\"git\",\"website\":null,\"owner\":{\"display_name\":\"Acme Robotics\",\"links\":{\"self\":"
               + link(API + "/workspaces/%7B6a5b4c3d%7D") + ",\"avatar\":" + link("https://bitbucket.org/account/acme/avatar/")
               + ",\"html\":" + link("https://bitbucket.org/%7B6a5b4c3d%7D/") + "},\"type\":\"team\",\"uuid\":"
               + "\"{6a5b4c3d-0000-4000-8000-000000000001}\",\"username\":\"acme\"},\"workspace\":{\"type\":\"workspace\","
               + "\"uuid\":\"{6a5b4c3d-0000-4000-8000-000000000001}\",\"name\":\"Acme Robotics\",\"slug\":\"acme\","
               + "\"links\":{\"avatar\":" + link("https://bitbucket.org/workspaces/acme/avatar/?ts=1700000000")
               + ",\"html\":" + link("https://bitbucket.org/acme/") + ",\"self\":" + link(API + "/workspaces/acme")
               + "}},\"is_private\":true,\"project\":{\"type\":\"project\",\"key\":\"PLAT\",\"uuid\":"
               + "\"{7c6d5e4f-0000-4000-8000-000000000003}\",\"name\":\"Platform\",\"links\":{\"self\":"
               + link(API + "/workspaces/acme/projects/PLAT") + ",\"html\":"
               + link("https://bitbucket.org/acme/workspace/projects/PLAT") + ",\"avatar\":"
               + link("https://bitbucket.org/account/user/acme/projects/PLAT/avatar/32?ts=1700000000") + "}},"
               + "\"fork_policy\":\"no_public_forks\",\"created_on\":\"2025-03-04T05:06:07.891011+00:00\","
               + "\"updated_on\":\"2026-11-20T08:09:10.111213+00:00\",\"size\":" + (1_000_000 + n) + ",\"language\":"
               + "\"java\",\"uuid\":\"" + uuid + "\",\"mainbranch\":{\"name\":\"main\",\"type\":\"branch\"},"
               + "\"override_settings\":{\"default_merge_strategy\":true,\"branching_model\":true},\"parent\":null,"
               + "\"enforced_signed_commits\":null,\"has_issues\":false,\"has_wiki\":false}";
    }
}
