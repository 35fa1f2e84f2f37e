package io.github.camelbitbucket.trigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.StateRepository;

/**
 * A trigger's streams of events, each with its own watermark (one lane for a collection, one per branch of a commit
 * trigger), and the loop that polls them: each lane asks its {@link PollStrategy} for a batch from its stored
 * watermark, hands it to the deliverer, and asks again while the batch was delivered whole and there is more. The
 * watermarks live in a Camel StateRepository under {@link TriggerSpec#stateKey}.
 */
public final class PollLanes {

    /** One stream of events with its own watermark, and the trigger target (connection, repository) it belongs to. */
    public record Lane(PollStrategy strategy, String stateKey, TriggerSpec spec, PollLanes lanes) {

        /** The lane's stored watermark, or null. */
        public Watermark load() {
            return lanes.load(this);
        }

        /** Stores the lane's watermark. */
        public void save(Watermark watermark) {
            lanes.save(this, watermark);
        }
    }

    /** Delivers a lane's batch, oldest first, saving the watermark after each event; answers how many it delivered. */
    @FunctionalInterface
    public interface Deliverer {
        int deliver(Lane lane, List<Event> events) throws Exception;
    }

    private final List<Lane> lanes = new ArrayList<>();
    private final StateRepository<String, String> store;
    private final ObjectMapper mapper;

    public PollLanes(TriggerSpec spec, List<PollStrategy> strategies, StateRepository<String, String> store,
                     ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
        for (PollStrategy strategy : strategies) {
            lanes.add(new Lane(strategy, spec.stateKey(strategy.branch()), spec, this));
        }
    }

    /** Stores the first watermark of every lane that has none yet (a first start, by the startFrom option). */
    public void seed(String startFrom) {
        for (Lane lane : lanes) {
            if (store.getState(lane.stateKey()) == null) {
                Watermark start = lane.strategy().start(startFrom);
                if (start != null) {
                    save(lane, start);
                }
            }
        }
    }

    /** The branches of a commit trigger's lanes (empty for a collection). */
    public Set<String> branches() {
        Set<String> branches = new HashSet<>();
        lanes.forEach(l -> {
            if (l.strategy().branch() != null) {
                branches.add(l.strategy().branch());
            }
        });
        return branches;
    }

    public Watermark load(Lane lane) {
        String json = store.getState(lane.stateKey());
        return json == null ? null : Watermark.fromJson(mapper, json);
    }

    public void save(Lane lane, Watermark watermark) {
        store.setState(lane.stateKey(), watermark.toJson(mapper));
    }

    /** The stored watermark of each lane (state key to its JSON). */
    public Map<String, String> watermarks() {
        Map<String, String> marks = new LinkedHashMap<>();
        lanes.forEach(l -> marks.put(l.stateKey(), store.getState(l.stateKey())));
        return marks;
    }

    /**
     * One poll over every lane, at most {@code limit} events; stops at the first event the deliverer did not deliver
     * (it comes again on the next poll).
     */
    public int poll(int limit, Deliverer deliverer) throws Exception {
        int delivered = 0;
        for (Lane lane : lanes) {
            while (delivered < limit) {
                PollStrategy.Batch batch = lane.strategy().next(load(lane), limit - delivered);
                if (batch.skipTo() != null) {
                    save(lane, batch.skipTo());
                }
                if (batch.events().isEmpty()) {
                    break;
                }
                int n = deliverer.deliver(lane, batch.events());
                delivered += n;
                if (n < batch.events().size()) {
                    return delivered; // a failed exchange: the rest comes on the next poll
                }
                if (!batch.more()) {
                    break;
                }
            }
        }
        return delivered;
    }
}
