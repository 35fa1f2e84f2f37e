package io.github.camelbitbucket;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A stateful WireMock transformer serving paged collections with the subset of BBQL the triggers send
 * ({@code field >= "ts"}, {@code field > "ts"}, joined by AND), {@code sort}, {@code pagelen} and {@code page}, so the
 * consumer's queries are answered as Bitbucket would. Tests add and change items between and during polls.
 */
public final class FakeCollections implements ResponseDefinitionTransformerV2 {

    public static final FakeCollections INSTANCE = new FakeCollections();
    public static final String NAME = "fake-collections";

    private static final Pattern CONDITION = Pattern.compile("(\\w+)\\s*(>=|>|!=|=)\\s*(\"([^\"]*)\"|(\\d+))");

    private final Map<String, List<Map<String, Object>>> collections = new ConcurrentHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> onServe = q -> {
    };

    public void reset() {
        collections.clear();
        queries.clear();
        onServe = q -> {
        };
    }

    public List<Map<String, Object>> collection(String path) {
        return collections.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
    }

    /** Called with the raw query string before each answer (to change items "during" a poll). */
    public void onServe(Consumer<String> hook) {
        this.onServe = hook;
    }

    public List<String> queries() {
        return queries;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String url = event.getRequest().getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String rawQuery = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        queries.add(rawQuery);
        onServe.accept(rawQuery);
        List<Map<String, Object>> items = new ArrayList<>(collection(path));
        String q = param(event, "q");
        if (q != null) {
            items.removeIf(i -> !matches(i, q));
        }
        String sort = param(event, "sort");
        if (sort != null) {
            boolean desc = sort.startsWith("-");
            String field = desc ? sort.substring(1) : sort;
            Comparator<Map<String, Object>> cmp = Comparator.comparing(i -> OffsetDateTime.parse((String) i.get(field)));
            items.sort(desc ? cmp.reversed() : cmp);
        }
        int pagelen = param(event, "pagelen") == null ? 10 : Integer.parseInt(param(event, "pagelen"));
        int page = param(event, "page") == null ? 1 : Integer.parseInt(param(event, "page"));
        int from = Math.min(items.size(), (page - 1) * pagelen);
        int to = Math.min(items.size(), from + pagelen);
        StringBuilder body = new StringBuilder("{\"pagelen\":").append(pagelen).append(",\"page\":").append(page)
                .append(",\"size\":").append(items.size()).append(",\"values\":[");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "" : ",").append(toJson(items.get(i)));
        }
        body.append(']');
        if (to < items.size()) {
            String base = event.getRequest().getAbsoluteUrl();
            base = base.replaceAll("([?&])page=\\d+&?", "$1").replaceAll("[?&]$", "");
            body.append(",\"next\":\"").append(base).append(base.contains("?") ? "&" : "?").append("page=")
                    .append(page + 1).append('"');
        }
        body.append('}');
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }

    /** The filters the triggers send: a disjunction of conjunctions of simple comparisons. */
    static boolean matches(Map<String, Object> item, String q) {
        for (String part : q.split(" OR ")) {
            String conj = part.replace("(", "").replace(")", "");
            boolean all = true;
            for (String cond : conj.split(" AND ")) {
                Matcher m = CONDITION.matcher(cond.trim());
                if (!m.matches()) {
                    throw new IllegalArgumentException("FakeCollections cannot read the condition: " + cond);
                }
                all &= holds(item, m.group(1), m.group(2), m.group(4) != null ? m.group(4) : m.group(5));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Map<String, Object> item, String field, String op, String literal) {
        Object value = item.get(field);
        int c;
        if (field.endsWith("_on") || field.equals("date")) {
            c = OffsetDateTime.parse((String) value).compareTo(OffsetDateTime.parse(literal));
        } else {
            c = String.valueOf(value).equals(literal) ? 0 : 1;
        }
        return switch (op) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "=" -> c == 0;
            case "!=" -> c != 0;
            default -> false;
        };
    }

    private static String param(ServeEvent event, String name) {
        QueryParameter p = event.getRequest().queryParameter(name);
        return p.isPresent() ? p.firstValue() : null;
    }

    private static String toJson(Map<String, Object> item) {
        StringBuilder sb = new StringBuilder("{");
        item.forEach((k, v) -> {
            sb.append(sb.length() == 1 ? "" : ",").append('"').append(k).append("\":");
            sb.append(v instanceof Number || v instanceof Boolean ? v.toString() : "\"" + v + "\"");
        });
        return sb.append('}').toString();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
