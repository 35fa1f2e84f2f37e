package io.github.camelbitbucket.trigger;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.request.OperationSpec;
import io.github.camelbitbucket.request.RequestFactory;
import io.github.camelbitbucket.request.RequestInputs;
import io.github.camelbitbucket.request.RequestOptions;
import io.github.camelbitbucket.request.Target;
import org.apache.camel.spi.StateRepository;

/**
 * Builds a trigger's {@link PollLanes} for one target (the endpoint's own, or one connection's workspace and
 * repository): its requests from the operation's row and the endpoint's options, the target's workspace and
 * repository in place of the options', and the strategy its collection needs. Fails on an incomplete target before
 * any request is sent.
 */
public final class LaneFactory {

    /**
     * What lanes are built from, once per trigger endpoint.
     *
     * @param operation      the trigger's row
     * @param getRepository  the getRepository row (a commit trigger reads the main branch)
     * @param defaultStates  the pull request states a trigger watches when the state option is not set, or null
     * @param filterTrusted  whether the collection documents q and sort
     * @param branches       the branch option (commit triggers)
     * @param lookback       the lookback option
     */
    public record Settings(OperationSpec operation, OperationSpec getRepository, String defaultStates,
                           boolean filterTrusted, String branches, Duration lookback) {
    }

    private final Settings settings;
    private final RequestFactory factory;
    private final RequestInputs inputs;
    private final StateRepository<String, String> store;
    private final ObjectMapper mapper;

    public LaneFactory(Settings settings, RequestOptions options, ObjectMapper mapper,
                       StateRepository<String, String> store) {
        this.settings = settings;
        this.factory = new RequestFactory(options, mapper);
        RequestInputs base = RequestInputs.of(options);
        this.inputs = options.state() == null && settings.defaultStates() != null
                ? base.withState(settings.defaultStates()) : base;
        this.store = store;
        this.mapper = mapper;
    }

    /** The watermark store. */
    public StateRepository<String, String> store() {
        return store;
    }

    /** The branches of the branch option (commit triggers), empty when it names none. */
    public java.util.Set<String> configuredBranches() {
        java.util.Set<String> branches = new java.util.HashSet<>();
        if (settings.branches() != null) {
            for (String b : settings.branches().split(",")) {
                if (!b.isBlank()) {
                    branches.add(b.trim());
                }
            }
        }
        return branches;
    }

    /**
     * Why a trigger cannot poll with these options, or null: its path needs a target besides workspace and repository
     * (commitStatusChanged: a commit) that no option gives. It can still take Bitbucket's webhook events.
     */
    public static String webhookOnly(OperationSpec operation, RequestOptions options, List<String> eventKeys) {
        for (Target t : operation.pathTargets()) {
            if (t != Target.WORKSPACE && t != Target.REPO_SLUG && options.targets().get(t) == null) {
                return "Bitbucket lists what " + operation + " polls per " + t.option() + " only: set the " + t.option()
                       + " option to poll one, or use delivery=webhook to take Bitbucket's events " + eventKeys
                       + " of every " + t.option();
            }
        }
        return null;
    }

    /** Checks that the endpoint's own target is complete (at route start), without any request. */
    public void check(TriggerSpec spec) {
        requests(spec).check();
    }

    /** The lanes of one target, polled with the given client (a commit trigger reads the main branch here). */
    public PollLanes lanes(TriggerSpec spec, BitbucketClient client) {
        Requests requests = requests(spec);
        requests.check();
        List<PollStrategy> strategies = PollStrategies.of(spec.timeField(), settings.filterTrusted(), client, requests,
                settings.branches(), settings.lookback());
        return new PollLanes(spec, strategies, store, mapper);
    }

    private Requests requests(TriggerSpec spec) {
        RequestInputs target = inputs;
        if (spec.workspace() != null) {
            target = target.with(Target.WORKSPACE, spec.workspace());
        }
        if (spec.repoSlug() != null) {
            target = target.with(Target.REPO_SLUG, spec.repoSlug());
        }
        return new Requests(target);
    }

    /** The requests of one target's lanes. */
    private final class Requests implements TriggerRequests {
        private final RequestInputs target;

        Requests(RequestInputs target) {
            this.target = target;
        }

        /** Builds the request a poll starts with, so an incomplete target fails now. */
        void check() {
            if (settings.operation().pathTargets().contains(Target.BRANCH)) {
                repository();
            } else {
                collection();
            }
        }

        @Override
        public BitbucketRequest collection() {
            return factory.request(settings.operation(), target);
        }

        @Override
        public BitbucketRequest commits(String branch) {
            return factory.request(settings.operation(), target.with(Target.BRANCH, branch));
        }

        @Override
        public BitbucketRequest repository() {
            return factory.request(settings.getRepository(), target);
        }
    }
}
