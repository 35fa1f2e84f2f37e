package io.github.camelbitbucket.example;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/** Joins the String bodies of split results with new lines (the report is built line by line). */
public class MarkdownLines implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        if (oldExchange == null) {
            return newExchange;
        }
        oldExchange.getMessage().setBody(oldExchange.getMessage().getBody(String.class) + "\n"
                                         + newExchange.getMessage().getBody(String.class));
        return oldExchange;
    }
}
