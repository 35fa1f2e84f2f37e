package io.github.camelbitbucket.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of runPipeline in Bitbucket's shape: a branch ({@code pipeline_ref_target}), a commit
 * ({@code pipeline_commit_target}, or the branch's commit), a custom pipeline ({@code selector}), and variables, the
 * secured ones with {@code secured: true}. A secured value never appears in a message this class writes.
 */
final class PipelineRun {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PipelineRun() {
    }

    /** Checks {@code KEY=value,KEY2=value2}; the message names a bad key, never a value. */
    static String variables(String operation, String value, String source) {
        parse(operation, value, source);
        return value;
    }

    private static Map<String, String> parse(String operation, String value, String source) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.trim() : pair.substring(0, eq).trim();
            if (eq < 0 || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(operation + ": the " + source + " must be KEY=value pairs, comma"
                                                   + " separated, with keys of letters, digits and _ ("
                                                   + (eq < 0 ? "an entry has no '='" : "bad key '" + key + "'") + ")");
            }
            vars.put(key, pair.substring(eq + 1));
        }
        return vars;
    }

    /** Writes one option's part of the body. */
    static void write(BodyField field, ObjectNode node, String value) {
        if (field == BodyField.PIPELINE_VARIABLES || field == BodyField.PIPELINE_SECRET_VARIABLES) {
            ArrayNode vars = node.has("variables") ? (ArrayNode) node.get("variables") : node.putArray("variables");
            parse("runPipeline", value, field.option()).forEach((k, v) -> vars.addObject().put("key", k)
                    .put("value", v).put("secured", field == BodyField.PIPELINE_SECRET_VARIABLES));
            return;
        }
        ObjectNode target = node.has("target") ? (ObjectNode) node.get("target") : node.putObject("target");
        switch (field) {
            case PIPELINE_BRANCH -> target.put("ref_type", "branch").put("ref_name", value.trim());
            case PIPELINE_COMMIT -> target.putObject("commit").put("type", "commit").put("hash", value.trim());
            default -> target.putObject("selector").put("type", "custom").put("pattern", value.trim());
        }
    }

    /**
     * Gives the target its type once every option is written: a branch makes it a ref target, a commit alone a commit
     * target; a custom pipeline alone is refused (Bitbucket needs the branch or commit to read the yml from).
     */
    static void finish(ObjectNode set) {
        JsonNode target = set.get("target");
        if (!(target instanceof ObjectNode t)) {
            return;
        }
        if (t.has("ref_name")) {
            t.put("type", "pipeline_ref_target");
        } else if (t.has("commit")) {
            t.put("type", "pipeline_commit_target");
        } else {
            throw new IllegalArgumentException("runPipeline: pipelinePattern names a custom pipeline, but Bitbucket"
                                               + " also needs where to run it: set pipelineBranch or pipelineCommit"
                                               + " (headers " + Headers.PIPELINE_BRANCH + ", " + Headers.PIPELINE_COMMIT
                                               + ")");
        }
    }
}
